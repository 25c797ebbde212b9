import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import SnippetText from '../components/SnippetText.vue';
import { highlightToText, parseHighlight } from './highlight';

describe('parseHighlight', () => {
  it('turns <mark> pairs into marked segments', () => {
    expect(parseHighlight('Soita <mark>päivystysapu</mark>un numeroon 116117')).toEqual([
      { text: 'Soita ', mark: false },
      { text: 'päivystysapu', mark: true },
      { text: 'un numeroon 116117', mark: false },
    ]);
  });

  it('keeps every other tag as literal text', () => {
    const segments = parseHighlight('<img src=x onerror=alert(1)><mark>x</mark><script>bad()</script>');
    expect(segments).toEqual([
      { text: '<img src=x onerror=alert(1)>', mark: false },
      { text: 'x', mark: true },
      { text: '<script>bad()</script>', mark: false },
    ]);
  });

  it('does not honour <mark> with attributes, and drops stray closing tags', () => {
    expect(parseHighlight('<mark onclick="x()">a</mark> b</mark>')).toEqual([
      { text: '<mark onclick="x()">a b', mark: false },
    ]);
  });

  it('decodes the character references of an HTML-escaped snippet into text', () => {
    expect(parseHighlight('R&amp;D &lt;b&gt;<mark>Kela&#39;n</mark> &#x2F; &unknown;')).toEqual([
      { text: 'R&D <b>', mark: false },
      { text: "Kela'n", mark: true },
      { text: ' / &unknown;', mark: false },
    ]);
  });

  it('returns no segments for empty input and plain text for highlightToText', () => {
    expect(parseHighlight(null)).toEqual([]);
    expect(highlightToText('a <mark>b</mark> c')).toBe('a b c');
  });
});

describe('SnippetText', () => {
  it('renders only <mark> elements from a snippet; other markup stays text', () => {
    const wrapper = mount(SnippetText, {
      props: {
        text: '<b>bold</b> <mark>hit</mark> <img src=x onerror="alert(1)"><script>alert(2)</script> &lt;i&gt;x&lt;/i&gt;',
      },
    });
    const root = wrapper.element as HTMLElement;
    const elements = [...root.querySelectorAll('*')].map((element) => element.tagName.toLowerCase());
    expect(elements).toEqual(['mark']);
    expect(root.querySelector('mark')?.textContent).toBe('hit');
    expect(root.textContent).toContain('<script>alert(2)</script>');
    expect(wrapper.html()).not.toContain('<img');
    expect(wrapper.html()).not.toContain('<b>');
    expect(wrapper.html()).not.toContain('<i>');
    expect(root.textContent).toContain('<i>x</i>');
  });
});
