// Service worker: keeps a copy of every file of the app so it opens without a network
// after the first visit (government laptops are often offline or on slow links).
// The build (src/offline/plugin.ts) replaces the two placeholders below.
const CACHE = "coherence-__VERSION__";
const FILES = __FILES__;
const NETWORK_WAIT_MS = 3000;

self.addEventListener("install", (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES)).then(() => self.skipWaiting()));
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith("coherence-") && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET" || new URL(request.url).origin !== self.location.origin) return;
  if (request.mode === "navigate") {
    event.respondWith(pageFromNetworkOrCopy(request));
    return;
  }
  // Built files have a content hash in their name, so a kept copy is never out of date.
  // ignoreVary: servers add "Vary: Origin", and module scripts send an Origin header the
  // precaching requests did not.
  event.respondWith(caches.match(request, { ignoreVary: true }).then((copy) => copy || fetch(request)));
});

// The page itself: the newest from the network when it answers in time, else the kept copy.
function pageFromNetworkOrCopy(request) {
  const copy = () => caches.match(self.registration.scope);
  const network = fetch(request).then((response) => {
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    return response;
  });
  const timeout = new Promise((resolve) => setTimeout(resolve, NETWORK_WAIT_MS));
  return Promise.race([network, timeout.then(copy)])
    .then((response) => response || network)
    .catch(() => copy().then((c) => c || Response.error()));
}
