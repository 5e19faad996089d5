import { screen } from '@testing-library/react';
import { ROLES } from '@thidua/domain';
import { describe, expect, it } from 'vitest';
import { fakeDataProvider, renderAsRole } from '../test/render';
import { Menu } from './Menu';

describe('menu by role', () => {
  it.each(ROLES)('follows the shared permission table for %s', (role) => {
    renderAsRole(<Menu />, role, fakeDataProvider({}));
    const shown = screen.getAllByRole('menuitem').map((m) => m.textContent);
    expect(shown).toContain('Đề nghị khen thưởng');
    expect(shown.includes('Nhật ký')).toBe(['national-admin', 'province-admin', 'home-affairs'].includes(role));
    expect(shown.includes('Người dùng')).toBe(['national-admin', 'province-admin'].includes(role));
    expect(shown.includes('Nhập đơn vị từ tệp')).toBe(['national-admin', 'province-admin'].includes(role));
  });
});
