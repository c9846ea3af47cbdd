import { test } from 'node:test';
import assert from 'node:assert/strict';
import { guessLanguage } from '../../src/text/lang.js';
import { analyzeText } from '../../src/analyze/pipeline.js';
import { createDoc } from '../../src/analyze/doc.js';
import { textStage } from '../../src/analyze/stages/text.js';
import { createContext } from '../../src/analyze/context.js';

test('Arabic, with Latin names and digits in it, is Arabic', () => {
  assert.equal(guessLanguage('قالت وكالة CNN إن 32 شخصا قتلوا في حادث قرب Damascus.').lang, 'ar');
});

test('Latin-script languages, other scripts, no letters', () => {
  assert.equal(guessLanguage('The minister said that the talks with the delegation were useful.').lang, 'en');
  assert.equal(guessLanguage('Le ministre a déclaré que les discussions sont utiles pour la paix.').lang, 'fr');
  assert.equal(guessLanguage('Министр заявил, что переговоры полезны.').script, 'Cyrillic');
  assert.equal(guessLanguage('שלום עולם').lang, 'he');
  assert.equal(guessLanguage('12345 !!! ...').lang, 'und');
  assert.equal(guessLanguage('').lang, 'und');
});

test('Persian is told apart from Arabic by its letters', () => {
  assert.equal(guessLanguage('وزیر امور خارجه ایران گفت که این کشور آماده گفتگو است و پیشنهاد می‌کند').lang, 'fa');
});

test('a non-Arabic text gets its language, a warning and empty layers', () => {
  const doc = createDoc('The minister said that the talks were useful.');
  textStage.run(doc, createContext());
  assert.equal(doc.meta.lang, 'en');
  assert.match(doc.warnings[0], /not Arabic/);
  assert.deepEqual(doc.sentences, []);
  assert.deepEqual(doc.tokens, []);
});

test('empty text: empty layers, no warning, no crash', () => {
  const a = analyzeText('');
  assert.deepEqual(a.sentences, []);
  assert.equal(a.text, '');
});
