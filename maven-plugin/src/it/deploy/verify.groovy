// two deploys pushed two commits to gh-pages, with .nojekyll and CNAME beside the site
def remote = new File(basedir, 'remote.git').absolutePath
def git = { String... args ->
    def p = (['git', '--git-dir', remote] + args.toList()).execute()
    def out = p.text
    p.waitFor()
    assert p.exitValue() == 0 : p.err.text
    out
}
def commits = git('rev-list', '--count', 'gh-pages').trim()
assert commits == '2' : "expected two commits on gh-pages, found ${commits}"
def files = git('ls-tree', '-r', '--name-only', 'gh-pages').readLines()
assert files.contains('.nojekyll')
assert files.contains('CNAME')
assert files.contains('index.html')
assert files.contains('town/2025/06/02/library-hours.html')
assert git('show', 'gh-pages:CNAME').trim() == 'gazette.example.org'
assert git('show', 'gh-pages:index.html').contains('href="/gazette/')
assert !git('show', 'gh-pages~1:index.html').contains('href="/gazette/')
def log = new File(basedir, 'build.log').getText('UTF-8')
assert !log.contains('GITHUB_TOKEN=')
return true
