// a broken _config.yml stops the build with the file and line, and nothing is written
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log =~ /_config\.yml:\d+/ : 'the error names the file and line'
assert log.contains('BUILD FAILURE')
assert !new File(basedir, 'target/site/index.html').exists()
return true
