// Cross-origin isolation for static servers that do not send COOP/COEP
// (the coi-serviceworker technique): register sw.js, which adds the
// headers, and reload once it controls the page. The same service worker
// caches the page so it works offline once loaded.
(() => {
  if (!("serviceWorker" in navigator) || !window.isSecureContext) return;
  navigator.serviceWorker.register("sw.js").then((reg) => {
    if (window.crossOriginIsolated) return;
    const reloaded = sessionStorage.getItem("coi-reloaded");
    const reload = () => {
      if (reloaded) return; // never loop if isolation cannot be had
      sessionStorage.setItem("coi-reloaded", "1");
      location.reload();
    };
    if (navigator.serviceWorker.controller) reload();
    else navigator.serviceWorker.addEventListener("controllerchange", reload);
    if (reg.active && !navigator.serviceWorker.controller) reload();
  });
  if (window.crossOriginIsolated) sessionStorage.removeItem("coi-reloaded");
})();
