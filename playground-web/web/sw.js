// Service worker: precaches the page (offline use) and adds the
// cross-origin isolation headers SharedArrayBuffer needs. ASSETS and
// VERSION are filled in by build.mjs.
const VERSION = "__VERSION__";
const ASSETS = __ASSETS__;
const CACHE = "ferrite-playground-" + VERSION;

self.addEventListener("install", (e) => {
  e.waitUntil(caches.open(CACHE).then((c) => c.addAll(ASSETS)).then(() => self.skipWaiting()));
});

self.addEventListener("activate", (e) => {
  e.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith("ferrite-playground-") && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

function isolate(resp) {
  if (!resp || resp.status === 0) return resp;
  const headers = new Headers(resp.headers);
  headers.set("Cross-Origin-Opener-Policy", "same-origin");
  headers.set("Cross-Origin-Embedder-Policy", "require-corp");
  headers.set("Cross-Origin-Resource-Policy", "same-origin");
  return new Response(resp.body, { status: resp.status, statusText: resp.statusText, headers });
}

self.addEventListener("fetch", (e) => {
  const req = e.request;
  if (req.method !== "GET" || new URL(req.url).origin !== self.location.origin) return;
  // Network first (so a rebuilt page shows up), the cache when offline.
  e.respondWith(
    fetch(req)
      .then((resp) => {
        if (resp.ok) {
          const copy = resp.clone();
          caches.open(CACHE).then((c) => c.put(req, copy));
        }
        return isolate(resp);
      })
      .catch(() =>
        caches.match(req, { ignoreSearch: true }).then((hit) =>
          hit ? isolate(hit) : caches.match("./index.html").then(isolate))),
  );
});
