/** Writes schemas/sincerelyrc.schema.json from package.json: `tsx scripts/build-rc-schema.ts`. */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { rcSchema } from './rc-schema.js';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const nls = JSON.parse(readFileSync('package.nls.json', 'utf8'));
mkdirSync('schemas', { recursive: true });
writeFileSync('schemas/sincerelyrc.schema.json', `${JSON.stringify(rcSchema(pkg.contributes.configuration.properties, nls), null, 2)}\n`);
console.log('schemas/sincerelyrc.schema.json written');
