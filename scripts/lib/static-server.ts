import { createServer, type Server } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, sep } from "node:path";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".png": "image/png",
  ".svg": "image/svg+xml",
};

export interface StaticServer {
  readonly url: string;
  /** The same server under another origin (localhost instead of 127.0.0.1): a cross-origin frame's home. */
  readonly otherOrigin: string;
  readonly server: Server;
  close(): Promise<void>;
}

export interface DynamicResponse {
  body: string | Buffer;
  headers?: Record<string, string>;
}

/** Answers some paths itself (generated pages, pages with their own headers); null: serve the file. */
export type DynamicRoutes = (path: string) => Promise<DynamicResponse | null> | DynamicResponse | null;

/** Serves a folder from 127.0.0.1 only (never another interface), on a free port. */
export async function serveFolder(
  root: string,
  headers: Record<string, string> = {},
  dynamic?: DynamicRoutes,
): Promise<StaticServer> {
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? "/", "http://127.0.0.1").pathname);
    let file = normalize(join(root, path));
    if (!file.startsWith(normalize(root + sep)) && file !== normalize(root)) {
      response.writeHead(403).end();
      return;
    }
    try {
      const generated = await dynamic?.(path);
      if (generated) {
        response.writeHead(200, {
          "content-type": TYPES[extname(path)] ?? TYPES[".html"],
          ...headers,
          ...generated.headers,
        });
        response.end(generated.body);
        return;
      }
      if ((await stat(file)).isDirectory()) file = join(file, "index.html");
      const body = await readFile(file);
      response.writeHead(200, {
        "content-type": TYPES[extname(file)] ?? "application/octet-stream",
        ...headers,
      });
      response.end(body);
    } catch {
      response.writeHead(404, { "content-type": "text/plain" }).end("not found");
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    otherOrigin: `http://localhost:${port}`,
    server,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
