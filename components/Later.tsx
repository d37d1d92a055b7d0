// A part of the panel that lives in its second stage (lib/platform/panel-tools.ts): rendered from
// the stage once it is here, asked for on first render, with a status line while it comes and a
// plain message (and a retry) if it cannot. The panel's parts that the user sees first never wait
// for it.
import { createContext, type ComponentProps, type FunctionComponent } from 'preact';
import { useContext, useEffect, useRef, useState } from 'preact/hooks';
import type { Messages } from '../lib/i18n';
import type { ToolsSource } from '../lib/platform/panel-tools';
import type { PanelToolName, PanelTools } from './panel-tools';

/** Where the panel's second stage comes from (the panel: the background; component tests: the modules). */
export const ToolsContext = createContext<ToolsSource | undefined>(undefined);

export function Later<K extends PanelToolName>({
  t,
  tool,
  props,
}: {
  t: Messages;
  tool: K;
  props: ComponentProps<PanelTools[K]>;
}) {
  const source = useContext(ToolsContext);
  const [tools, setTools] = useState(() => source?.now());
  const [state, setState] = useState<'loading' | 'failed'>('loading');
  const live = useRef(true);
  const load = () => {
    if (!source) return setState('failed');
    setState('loading');
    source.load().then(
      (x) => live.current && setTools(x),
      () => live.current && setState('failed'),
    );
  };
  useEffect(() => {
    live.current = true;
    if (!tools) load();
    return () => {
      live.current = false;
    };
  }, [source]);
  if (tools) {
    // `props` is typed against `tool` above; the lookup by key loses that pairing, not its truth.
    const Tool = tools[tool] as unknown as FunctionComponent<object>;
    return <Tool {...(props as object)} />;
  }
  if (state === 'loading')
    return (
      <p class="dl-muted" role="status" data-testid="dl-part-loading">
        {t.panel.loadingPart}
      </p>
    );
  return (
    <p class="dl-row dl-unknown" role="alert" data-testid="dl-part-failed">
      {t.panel.partFailed}
      {source && (
        <>
          {' '}
          <button type="button" class="dl-link" onClick={load}>
            {t.panel.tryAgain}
          </button>
        </>
      )}
    </p>
  );
}
