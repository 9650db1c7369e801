// The preview against known XSS payloads: each one in every user-text field of the matrix model
// (titles, names, ids, types, statuses, owners, channels, dates, urls, the error banner). Nothing
// may run, no request may leave the page, the text must show as written, and only http(s) links
// may ever be offered to the extension to open.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser } from 'playwright-core';
import type { MatrixModel } from '../server/src/core';
import { launchChromium } from './preview/chromium';
import { openPreview, update } from './preview/harness';

// In-page callbacks run in Chromium; the project compiles without the DOM library.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
declare const document: any;

/** Classic payloads from the OWASP XSS filter-evasion cheat sheet and common scanner lists. */
export const XSS_PAYLOADS = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<svg onload=alert(1)>',
  '<svg><script>alert(1)</script></svg>',
  '<iframe src="javascript:alert(1)"></iframe>',
  '<body onload=alert(1)>',
  '<input autofocus onfocus=alert(1)>',
  '<details open ontoggle=alert(1)>',
  '<video><source onerror=alert(1)></video>',
  '<audio src=x onerror=alert(1)>',
  '<marquee onstart=alert(1)>',
  '<a href="javascript:alert(1)">x</a>',
  '<a href="data:text/html,<script>alert(1)</script>">x</a>',
  '<object data="javascript:alert(1)">',
  '<embed src="javascript:alert(1)">',
  '<link rel=stylesheet href="https://evil.example/x.css">',
  '<style>@import "https://evil.example/x.css";</style>',
  '<style>body{background:url("https://evil.example/p.png")}</style>',
  '<meta http-equiv="refresh" content="0;url=https://evil.example">',
  '<base href="https://evil.example/">',
  '<form action="https://evil.example"><button>x</button></form>',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
  '"><script>alert(1)</script>',
  "'><script>alert(1)</script>",
  '" onmouseover="alert(1)',
  "' onmouseover='alert(1)",
  '` onmouseover=alert(1) `',
  '</textarea><script>alert(1)</script>',
  '</title><script>alert(1)</script>',
  '</style><script>alert(1)</script>',
  '<scr<script>ipt>alert(1)</scr</script>ipt>',
  '<SCRIPT SRC=https://evil.example/xss.js></SCRIPT>',
  '<IMG SRC=JaVaScRiPt:alert(1)>',
  '<IMG SRC=&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;&#97;&#108;&#101;&#114;&#116;&#40;&#49;&#41;>',
  '<IMG SRC="jav&#x09;ascript:alert(1);">',
  '<img src="x" onerror="&#x61;lert(1)">',
  '&lt;script&gt;alert(1)&lt;/script&gt;',
  '&#60;script&#62;alert(1)&#60;/script&#62;',
  '\u003cscript\u003ealert(1)\u003c/script\u003e',
  '<img src=x:alert(1) onerror=eval(src)>',
  '<svg><animate onbegin=alert(1) attributeName=x dur=1s>',
  '<svg><a xlink:href="javascript:alert(1)"><text x=20 y=20>x</text></a></svg>',
  '<div style="background:url(javascript:alert(1))">',
  '<div style="width: expression(alert(1))">',
  '<x contenteditable onblur=alert(1)>x',
  '<template><script>alert(1)</script></template>',
  '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
  '<!--<img src="--><img src=x onerror=alert(1)//">',
  '<![CDATA[<script>alert(1)</script>]]>',
  '{{constructor.constructor("alert(1)")()}}',
  '${alert(1)}',
  'javascript:alert(1)',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'vbscript:msgbox(1)',
  '<img src="https://evil.example/track.png">',
  '\u202e<script>alert(1)</script>',
  '<script\x20type="text/javascript">alert(1)</script>',
];

/** Urls a plan may carry that must never be offered to the extension to open. */
const DANGEROUS_URLS = [
  'javascript:alert(1)',
  'JavaScript:alert(1)',
  ' javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'file:///etc/passwd',
  'command:workbench.action.terminal.new',
  'vscode://settings',
  'vbscript:msgbox(1)',
];

function modelWith(payload: string, urls: (string | null)[]): MatrixModel {
  const persona = `p ${payload}`;
  const phase = `f ${payload}`;
  return {
    title: payload,
    model: 'custom',
    minPerCell: 1,
    phases: [
      { id: phase, name: payload, stage: 'buyer' },
      { id: 'other', name: `${payload} 2`, stage: 'customer' },
    ],
    personas: [{ id: persona, name: payload }],
    cells: [
      {
        persona,
        phase,
        gap: false,
        ignored: false,
        count: urls.length,
        content: urls.map((url, i) => ({ id: payload, title: payload, type: payload, status: payload, channel: payload, owner: payload, date: payload, url, line: i + 1 })),
      },
      { persona, phase: 'other', gap: true, ignored: false, count: 0, content: [] },
    ],
    coverage: { filled: 1, expected: 2 },
    syntaxErrors: [],
  };
}

let browser: Browser;
before(async () => {
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
});

describe('preview against XSS payloads', () => {
  test(`${XSS_PAYLOADS.length} payloads in every field render as inert text`, async () => {
    assert.ok(XSS_PAYLOADS.length >= 50);
    const preview = await openPreview(browser);
    try {
      const { page, send } = preview;
      for (const payload of XSS_PAYLOADS) {
        await send(update(modelWith(payload, [`https://example.com/?q=${encodeURIComponent(payload)}`]), { fileName: `${payload}.journey` }));
        assert.equal(await page.textContent('#plan-title'), payload, payload);
        assert.equal(await page.textContent('tbody th .persona-name'), payload, payload);
        assert.equal(await page.locator('li.piece .piece-title').first().textContent(), payload, payload);
        // Only the shell's own elements: one script (preview.js, by nonce), no element made from text.
        const counts = await page.evaluate(() => ({
          scripts: document.querySelectorAll('script').length,
          injected: document.querySelectorAll('img, svg, iframe, object, embed, video, audio, marquee, details, input:not(#matrix input), form, base, meta[http-equiv="refresh"], style, link[href^="https://evil"], math, template, noscript, x').length,
          inlineHandlers: [...document.querySelectorAll('*')].filter((node: { getAttributeNames(): string[] }) => node.getAttributeNames().some((name) => name.startsWith('on'))).length,
        }));
        assert.deepEqual(counts, { scripts: 1, injected: 0, inlineHandlers: 0 }, payload);
        // The broken-YAML banner shows the server's message as text too.
        await send(update({ ...modelWith(payload, []), syntaxErrors: [{ message: payload, line: 3, column: 1 }] }));
        assert.ok((await page.textContent('body'))?.includes(payload), payload);
      }
      assert.deepEqual(await preview.problems(), [], 'no script ran, no dialog, no outside request, no CSP violation');
    } finally {
      await preview.close();
    }
  });

  test('only http(s) links are ever offered to the extension to open', async () => {
    const preview = await openPreview(browser);
    try {
      const { page, send, posted } = preview;
      await send(update(modelWith('links', [...DANGEROUS_URLS, 'https://example.com/ok'])));
      // A cell lists its first few pieces: show them all.
      for (const more of await page.locator('button[data-action="more"]').all()) await more.click();
      assert.equal(await page.locator('button[data-action="more"]').count(), 0);
      // A button that would open a dangerous url must not exist; clicking everything that does exist
      // may only ever post the https link.
      const buttons = page.locator('button[data-action="link"]');
      const count = await buttons.count();
      assert.equal(count, 1);
      await buttons.first().click();
      const opened = (await posted()).filter((message) => message.type === 'openLink');
      assert.deepEqual(opened, [{ type: 'openLink', url: 'https://example.com/ok' }]);
      // A forged click on a planted link element is refused by the page's own check.
      await page.evaluate((urls: string[]) => {
        const piece = document.querySelector('li.piece');
        for (const url of urls) {
          const forged = document.createElement('button');
          forged.dataset.action = 'link';
          forged.dataset.url = url;
          piece.append(forged);
          forged.click();
        }
      }, DANGEROUS_URLS);
      assert.deepEqual((await posted()).filter((message) => message.type === 'openLink').length, 1);
      assert.deepEqual(await preview.problems(), []);
    } finally {
      await preview.close();
    }
  });
});
