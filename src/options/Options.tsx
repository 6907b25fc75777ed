/** The options page: the feed's own metadata, exports, backup and restore, and imports. */
import { SettingsForm } from './components/SettingsForm';
import { BackupPanel } from './components/BackupPanel';
import { ImportPanel } from './components/ImportPanel';
import { PublishingPanel } from './components/PublishingPanel';
import { SyncPanel } from './components/SyncPanel';
import { NoticesView } from './components/NoticesView';
import { ExportBar } from '../ui/ExportBar';

export function Options() {
  return (
    <main class="options">
      <h1>Sharefeed</h1>
      <NoticesView />
      <SettingsForm />
      <PublishingPanel />
      <SyncPanel />
      <section aria-labelledby="export-h">
        <h2 id="export-h">Export your feed</h2>
        <p class="muted">Or publish a file by hand anywhere a feed reader can fetch it (a static site, a gist, a bucket).</p>
        <ExportBar tag={null} />
      </section>
      <BackupPanel />
      <ImportPanel />
    </main>
  );
}
