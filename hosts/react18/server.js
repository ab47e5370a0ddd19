// @ts-check
/**
 * A plain Node server, as a vendor's own backend renders React 18: `node server.js PORT`.
 * `GET /?locale=de-DE&theme=dark` server-renders the dashboard; other paths are the built assets.
 */
import { createReadStream, existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('./dist/client', import.meta.url));
const template = readFileSync(join(root, 'index.html'), 'utf8');
/** @type {{ render: (props: { locale: string; theme: 'light' | 'dark' }) => string }} */
const server = await import(new URL('./dist/server/entry-server.js', import.meta.url).href);
const types = /** @type {Record<string, string>} */ ({
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.map': 'application/json',
});

createServer((request, response) => {
  const url = new URL(request.url ?? '/', 'http://localhost');
  if (url.pathname === '/') {
    const locale = url.searchParams.get('locale') ?? 'en-US';
    const theme = url.searchParams.get('theme') === 'dark' ? 'dark' : 'light';
    const props = JSON.stringify({ locale, theme }).replace(/</g, '\\u003c');
    const html = template
      .replace('%LANG%', locale)
      .replace('%PROPS%', props)
      .replace('<!--app-->', server.render({ locale, theme }));
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(html);
    return;
  }
  const file = join(root, normalize(url.pathname).replace(/^(\.\.[/\\])+/, ''));
  if (!file.startsWith(root) || !existsSync(file)) {
    response.writeHead(404).end();
    return;
  }
  response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
  createReadStream(file).pipe(response);
}).listen(Number(process.argv[2] ?? 3000), '127.0.0.1');
