// the remote: a local bare repository
def remote = new File(basedir, 'remote.git')
def git = ['git', 'init', '--bare', '--quiet', remote.absolutePath].execute()
git.waitFor()
assert git.exitValue() == 0 : git.err.text
return true
