// Search over the index Masthead writes at build time (search/meta.json, t-N.json, d-N.json). Tokenizes the
// query exactly as the build does (SearchIndex.java): NFKC and lower case; words of letters and digits; pairs of
// adjacent Chinese, Japanese or Korean characters. Loads only the shards the query needs.
(function () {
  var form = document.querySelector('form.search');
  var list = document.querySelector('.search-results');
  var status = document.querySelector('.search-status');
  if (!form || !list) return;
  var base = form.dataset.index;
  var siteBase = form.dataset.baseurl;
  var cache = {};
  var CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
  var WORD = /[\p{L}\p{Nd}]/u;

  function tokens(text) {
    var out = [], seen = {}, word = '', run = [];
    function add(t) { if (!seen[t]) { seen[t] = true; out.push(t); } }
    function flushWord() { if (word) { add(word); word = ''; } }
    function flushRun() {
      if (run.length === 1) add(run[0]);
      for (var i = 0; i + 1 < run.length; i++) add(run[i] + run[i + 1]);
      run = [];
    }
    for (var ch of text.normalize('NFKC').toLowerCase()) {
      if (CJK.test(ch)) { flushWord(); run.push(ch); }
      else { flushRun(); if (WORD.test(ch)) word += ch; else flushWord(); }
    }
    flushWord(); flushRun();
    return out;
  }

  function shard(token, shards) {
    var hash = 0x811c9dc5;
    for (var i = 0; i < token.length; i++) hash = Math.imul(hash ^ token.charCodeAt(i), 0x01000193);
    return (hash >>> 0) % shards;
  }

  function load(name) {
    if (!cache[name]) {
      cache[name] = fetch(base + name).then(function (r) {
        if (!r.ok) throw new Error(name + ': ' + r.status);
        return r.json();
      });
    }
    return cache[name];
  }

  function ids(gaps) {
    var last = 0;
    return gaps.map(function (g) { last += g; return last; });
  }

  function intersect(lists) {
    lists.sort(function (a, b) { return a.length - b.length; });
    var others = lists.slice(1).map(function (l) { return new Set(l); });
    return lists[0].filter(function (id) {
      return others.every(function (s) { return s.has(id); });
    });
  }

  function show(q, found, docs) {
    list.textContent = '';
    found.forEach(function (id, i) {
      var d = docs[i], li = document.createElement('li'), a = document.createElement('a');
      a.href = siteBase + d[1];
      a.textContent = d[0];
      var meta = document.createElement('p');
      meta.className = 'meta';
      meta.textContent = (d[2] ? d[2] + ' · ' : '') + d[3];
      li.appendChild(a);
      li.appendChild(meta);
      list.appendChild(li);
    });
    status.textContent = status.dataset.found.replace('{0}', String(found.length)).replace('{1}', q);
  }

  function search(q) {
    var wanted = tokens(q);
    if (!wanted.length) return;
    status.textContent = status.dataset.searching;
    load('meta.json').then(function (meta) {
      return Promise.all(wanted.map(function (t) {
        return load('t-' + shard(t, meta.token_shards) + '.json').then(function (s) { return ids(s[t] || []); });
      })).then(function (lists) {
        var found = intersect(lists).slice(0, 50);
        return Promise.all(found.map(function (id) {
          var n = Math.floor(id / meta.docs_per_shard);
          return load('d-' + n + '.json').then(function (docs) { return docs[id - n * meta.docs_per_shard]; });
        })).then(function (docs) { show(q, found, docs); });
      });
    }).catch(function (e) { status.textContent = status.dataset.failed; console.warn(e); });
  }

  var q = new URLSearchParams(location.search).get('q');
  if (q) { form.elements.q.value = q; search(q); }
})();
