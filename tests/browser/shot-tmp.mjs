import { launch, serve } from "./site.mjs";
const [,, width, height, ...pairs] = process.argv;
const server = await serve();
const b = await launch();
const p = await b.newPage({ viewport: { width: +width, height: +height } });
for (let i = 0; i < pairs.length; i += 2) { await p.goto(server.url(pairs[i])); await p.screenshot({ path: pairs[i + 1] }); }
await b.close(); await server.close();
