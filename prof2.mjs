import { createRequire } from 'node:module';
import fs from 'node:fs';
const require = createRequire(import.meta.url);
const PDFKit = require('pdfkit');
const REG=fs.readFileSync('node_modules/pdfmake/fonts/Roboto/Roboto-Regular.ttf'), MED=fs.readFileSync('node_modules/pdfmake/fonts/Roboto/Roboto-Medium.ttf');
const pool = {};
function useFont(doc, name, buf) {
  const p = pool[name];
  if (p) doc._fontFamilies[name] = new p.Ctor(doc, p.font, `F${++doc._fontCount}`);
  if (!p) doc.registerFont(name, buf);
  doc.font(name);
  if (!p) pool[name] = { Ctor: doc._font.constructor, font: doc._font.font };
}
const one=(i, opts)=>new Promise((res)=>{const doc=new PDFKit({size:'A4',font:null,...opts});const c=[];doc.on('data',x=>c.push(x));doc.on('end',()=>res(Buffer.concat(c)));
useFont(doc,'R',REG);useFont(doc,'B',MED);
doc.font('B').fontSize(10).text('Kommunal pensjonskasse');doc.font('R').text('Her er en oversikt over pensjonen som ble utbetalt til deg i året. Beløpene er meldt til Skatteetaten. '+i).moveDown().text('Brutto utbetalt: 123 456 kroner. Forskuddstrekk 34 567 kroner. Hvis noe ikke stemmer, ta kontakt med oss. Har du spørsmål om skatt, kontakt Skatteetaten.');doc.end();});
for (const [name,opts] of [['pdfa',{subset:'PDF/A-2b',pdfVersion:'1.7'}],['plain',{}]]) {
for(let i=0;i<30;i++) await one(i,opts);
const t=performance.now();for(let i=0;i<300;i++) await one(i,opts);console.log(name, Math.round(300/((performance.now()-t)/1000)));}
fs.writeFileSync('/tmp/l.pdf', await one(1,{subset:'PDF/A-2b',pdfVersion:'1.7'}));
