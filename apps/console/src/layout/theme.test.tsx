import { render, screen } from '@testing-library/react';
import { AccessDenied, AdminContext } from 'react-admin';
import { describe, expect, it } from 'vitest';
import { i18nProvider } from '../i18n/i18nProvider';
import { theme } from './theme';

describe('the theme', () => {
  it('shows the access-denied page in full contrast (react-admin fades it to half, below WCAG AA)', async () => {
    render(
      <AdminContext theme={theme} i18nProvider={i18nProvider}>
        <AccessDenied />
      </AdminContext>,
    );
    const title = await screen.findByText('Không có quyền truy cập');
    const message = title.closest('.RaAccessDenied-message')!;
    expect(message).not.toBeNull();
    for (let e: Element | null = title; e; e = e.parentElement) expect(getComputedStyle(e).opacity || '1').toBe('1');
    expect(getComputedStyle(message.querySelector('.RaAccessDenied-icon')!).opacity).toBe('0.5');
  });
});
