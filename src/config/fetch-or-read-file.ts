/**
 * fetch(), and for a file on the TV's own disk XMLHttpRequest: a store package
 * runs from file: (webOS, Tizen), and the engines of 2018–2020 TVs (Chromium
 * 64–79) refuse fetch() for file: URLs ("URL scheme "file" is not supported")
 * while their XMLHttpRequest reads the app's own files.
 */
export function fetchOrReadFile(url: string, init?: RequestInit): Promise<Response> {
  if (!url.startsWith('file:')) return fetch(url, init);
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('GET', url);
    // A file answers with status 0; a missing one is an error event.
    request.onload = () => resolve(new Response(request.responseText, { status: 200 }));
    request.onerror = () => reject(new TypeError(`could not read ${url}`));
    request.send();
  });
}
