// mvn site built the news site into target/site, cleaned, with the summary in the log
def site = new File(basedir, 'target/site')
def log = new File(basedir, 'build.log').getText('UTF-8')
assert new File(site, 'index.html').text.contains('Ferry timetable changes for the summer')
def post = new File(site, 'town/2025/06/02/library-hours.html')
assert post.isFile() : "post page missing; files: ${site.listFiles()*.name}"
def html = post.getText('UTF-8')
assert html.contains('The town library opens on Sunday afternoons')
assert !html.contains('tracking: pixel')
assert !html.contains('images.weserv.nl')
assert html.contains('https://static.example.net/photo.jpg')
assert new File(site, 'feed.xml').text.contains('<feed')
assert log.contains('Masthead build summary')
assert log =~ /posts read\s+2/
assert !new File(site, 'project-info.html').exists() : 'the Maven project reports must not be built'
assert new File(basedir, 'target/masthead-cache/build/cleaned.bin').length() > 0 : 'the cleaning is kept in target/'
assert !new File(basedir, '.masthead-cache').exists() : 'nothing is written into the site folder'
return true
