import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Export } from '../../components/popup/Export';
import type { Report } from '../../lib/analysis/types';
import { toMarkdown } from '../../lib/export';
import demo from '../fixtures/reports/demo-handwritten.json';

const load = (): Report => structuredClone(demo) as Report;

afterEach(cleanup);

describe('Export', () => {
  it('copies the Markdown report and confirms it', async () => {
    const copyText = vi.fn(async () => {});
    render(<Export report={load()} version="0.1.0" actions={{ copyText, saveFile: vi.fn() }} />);
    expect(screen.getByTestId('export-status').textContent).toBe('');
    fireEvent.click(screen.getByRole('button', { name: 'Copy as Markdown' }));
    await waitFor(() =>
      expect(screen.getByTestId('export-status').textContent).toBe(
        'Copied the report to the clipboard as Markdown.',
      ),
    );
    expect(copyText).toHaveBeenCalledWith(toMarkdown(load()));
  });

  it('falls back to a selected text box when copying is refused', async () => {
    const copyText = vi.fn(async () => {
      throw new Error('NotAllowedError');
    });
    render(
      <Export
        report={load()}
        url="https://a.example/x"
        version="0.1.0"
        actions={{ copyText, saveFile: vi.fn() }}
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Copy as Markdown' }));
    const box = (await screen.findByRole('textbox', { name: 'Report as Markdown' })) as HTMLTextAreaElement;
    expect(box.value).toBe(toMarkdown(load(), 'https://a.example/x'));
    expect(box.readOnly).toBe(true);
    expect(box.selectionStart).toBe(0);
    expect(box.selectionEnd).toBe(box.value.length);
    expect(screen.getByTestId('export-status').textContent).toBe(
      'The browser blocked copying. Select the text below and copy it.',
    );
  });

  it('downloads the Report as JSON with URL and version', () => {
    const saveFile = vi.fn();
    render(
      <Export
        report={load()}
        url="https://a.example/x"
        version="1.2.3"
        actions={{ copyText: vi.fn(), saveFile }}
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Download JSON' }));
    expect(saveFile).toHaveBeenCalledTimes(1);
    const [name, text, type] = saveFile.mock.calls[0]!;
    expect(name).toBe('slantwise-nato-treads-fine-line-between-armenia-azerbaijan-in-south-ca.json');
    expect(type).toBe('application/json');
    const parsed = JSON.parse(text);
    expect([parsed.generator, parsed.version, parsed.url]).toEqual([
      'Slantwise',
      '1.2.3',
      'https://a.example/x',
    ]);
    expect(parsed.report).toEqual(load());
    expect(screen.getByTestId('export-status').textContent).toBe(`Download started: ${name}`);
  });
});
