import assert from 'node:assert/strict';
import { PassThrough } from 'node:stream';
import { describe, it } from 'node:test';
import { createProgressBar } from '../src/cli/progress-bar.ts';

function capture(tty: boolean) {
  const stream = new PassThrough();
  let text = '';
  stream.on('data', (c: Buffer) => {
    text += c.toString('utf8');
  });
  Object.assign(stream, { isTTY: tty, columns: 120 });
  return { stream, text: () => text };
}

describe('createProgressBar', () => {
  it('prints a plain line every 5 % when the stream is not a terminal', async () => {
    const out = capture(false);
    const bar = createProgressBar('导入人员', out.stream);
    for (let done = 0; done <= 100_000; done += 100) bar.update(done, 100_000, 'errors: 3');
    bar.stop();
    await new Promise(setImmediate);
    const lines = out.text().trimEnd().split('\n');
    assert.equal(lines.length, 21, 'one for 0 % and one per 5 % after it');
    for (const line of lines)
      assert.match(line, /^导入人员 \d+% \| [\d,]+\/100,000 rows \| [\d,]+ rows\/s \| errors: 3$/);
    assert.match(lines.at(-1) ?? '', /^导入人员 100% \| 100,000\/100,000 rows/);
  });

  it('shows bytes, an unknown total, and the last state at stop', async () => {
    const out = capture(false);
    const bar = createProgressBar('读取', out.stream, { unit: 'bytes' });
    bar.update(1024 * 1024, 4 * 1024 * 1024);
    bar.update(2 * 1024 * 1024, 4 * 1024 * 1024);
    bar.update(3 * 1024 * 1024, 0); // total unknown: printed only by stop()
    bar.stop();
    await new Promise(setImmediate);
    assert.deepEqual(
      out
        .text()
        .trimEnd()
        .split('\n')
        .map((l) => l.replace(/\| [\d.]+ MB\/s/, '| R')),
      ['读取 25% | 1.0/4.0 MB | R', '读取 50% | 2.0/4.0 MB | R', '读取 0% | 3.0/? MB | R'],
    );

    const silent = capture(false);
    createProgressBar('x', silent.stream).stop();
    assert.equal(silent.text(), '');
  });

  it('redraws one line with cli-progress on a terminal', async () => {
    const out = capture(true);
    const bar = createProgressBar('导入人员', out.stream);
    bar.update(500, 1000);
    bar.update(1000, 1000, 'done');
    bar.stop();
    await new Promise(setImmediate);
    assert.match(out.text(), /导入人员 .* 100% \| 1,000\/1,000 rows \| [\d,]+ rows\/s \| done/);
    assert.ok(out.text().includes('\u001b['), 'terminal control sequences');
  });
});
