// -Dmasthead.skip=true leaves the goal out
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('Skipping masthead:build')
assert !new File(basedir, 'target/site/index.html').exists()
return true
