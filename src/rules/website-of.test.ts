import { describe, expect, it } from 'vitest';
import { websiteOf } from './website-of';

describe('websiteOf', () => {
  it('names the website a path lies under by its number', () => {
    expect(websiteOf('websites[1].domains[0]')).toEqual({ zh: '网站 2 ', en: 'website 2' });
    expect(websiteOf('websites[0].name').en).toBe('website 1');
  });
});
