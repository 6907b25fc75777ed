/** The popup: share the current tab on top, the history below, export at the bottom. Esc closes it (unless a field used it). */
import { useEffect, useState } from 'preact/hooks';
import browser from '../shared/browser';
import { useTargetTab } from './hooks/use-target-tab';
import { usePreview } from './hooks/use-preview';
import { useTags } from './hooks/use-tags';
import { ShareForm } from './components/ShareForm';
import { History } from './components/History';
import { ExportBar } from '../ui/ExportBar';
import { PublishLine } from './components/PublishLine';

export function App() {
  const tab = useTargetTab();
  const tabId = tab && tab !== 'none' ? tab.tabId : null;
  const { preview, setPreview, lastError } = usePreview(tabId);
  const { tags, refreshTags } = useTags();
  const [tag, setTag] = useState<string | null>(null);
  const [version, setVersion] = useState(0);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && !e.defaultPrevented && window.close();
    addEventListener('keydown', onKey);
    return () => removeEventListener('keydown', onKey);
  }, []);

  const shared = () => {
    setVersion((v) => v + 1);
    void refreshTags();
  };

  return (
    <main>
      <header class="top">
        <h1>Sharefeed</h1>
        <a href={browser.runtime.getURL('src/options/index.html')} target="_blank" rel="noopener">
          Feed settings
        </a>
      </header>
      <PublishLine version={version} />
      {lastError && (
        <p class="error" role="alert">
          The last share from the shortcut or menu failed: {lastError}
        </p>
      )}
      {tab === 'none' && <p class="error">There is no tab to share here.</p>}
      {tab && tab !== 'none' && (
        <ShareForm
          tab={tab}
          preview={preview}
          knownTags={tags}
          onShared={(share) => {
            if (preview.state === 'ready') setPreview({ ...preview, existing: share });
            shared();
          }}
        />
      )}
      <History knownTags={tags} tag={tag} onTag={setTag} version={version} onChanged={() => void refreshTags()} />
      <ExportBar tag={tag} />
    </main>
  );
}
