/**
 * The tab the popup acts on: the active tab, or `?tab=<id>` when given (tests open the popup as a page of its
 * own). URL and title are visible only after the toolbar press granted `activeTab`.
 */
import { useEffect, useState } from 'preact/hooks';
import browser from '../../shared/browser';

export interface TargetTab {
  tabId: number;
  url: string | undefined;
  title: string | undefined;
}

export function useTargetTab(): TargetTab | null | 'none' {
  const [tab, setTab] = useState<TargetTab | null | 'none'>(null);
  useEffect(() => {
    void (async () => {
      const param = new URLSearchParams(location.search).get('tab');
      const found = param
        ? await browser.tabs.get(Number(param)).catch(() => undefined)
        : (await browser.tabs.query({ active: true, currentWindow: true }).catch(() => []))[0];
      setTab(found?.id === undefined ? 'none' : { tabId: found.id, url: found.url, title: found.title });
    })();
  }, []);
  return tab;
}
