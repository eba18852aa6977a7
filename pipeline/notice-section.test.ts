import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseNotices } from './data-dir';
import { parseNoticeTrailer, unwrapMiitLink } from './notice-section';
import { parseList } from './parse-list';

describe('unwrapMiitLink', () => {
  it('unwraps the MIIT site-search redirect to the notice page', () => {
    expect(
      unwrapMiitLink(
        'https://www.miit.gov.cn/search-front-server/visit/link?url=/jgsj/qyj/gzdt/art/2024/art_6f501ff7f2ec4ca2abb34b673e28b02d.html&websiteid=110000000000000&q=',
      ),
    ).toBe('https://www.miit.gov.cn/jgsj/qyj/gzdt/art/2024/art_6f501ff7f2ec4ca2abb34b673e28b02d.html');
  });

  it('leaves direct links alone', () => {
    const direct = 'https://ythxxfb.miit.gov.cn/ythzxfwpt/hlwmh/tzgg/sbfw/qyshzr/art/2023/art_5295068028f54138a9ced3a8347da4ee.html';
    expect(unwrapMiitLink(direct)).toBe(direct);
  });
});

describe('data/notices.json', () => {
  const notices = parseNotices(readFileSync('data/notices.json', 'utf8'));
  const trailer = parseNoticeTrailer(parseList(readFileSync('data/miit-clusters-2022-2024.txt', 'utf8')).trailer);

  it('says what the trailer of the official list says (titles, unwrapped pages, PDFs)', () => {
    expect(trailer).toHaveLength(3);
    for (const fromList of trailer) {
      expect(notices.find((n) => n.year === fromList.year)).toMatchObject({
        title: fromList.title,
        url: fromList.url,
        pdfUrl: fromList.pdfUrl,
      });
    }
  });

  it('numbers the batches 2022 = 1, 2023 = 2, 2024 = 3', () => {
    expect(notices.map((n) => [n.year, n.batch])).toEqual([
      [2022, 1],
      [2023, 2],
      [2024, 3],
    ]);
  });
});
