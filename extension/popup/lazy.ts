/**
 * A component whose code loads on first use, in its own chunk (esbuild code splitting,
 * scripts/build.mjs): the popup's first paint needs only the list, so the check-in form, the
 * sprint, the history and the charts come after it. Preact's own `lazy` lives in preact/compat,
 * which would cost more than the chunks save. Until the code is there the component renders
 * nothing; `preload` starts the download early (after the first paint) so a click rarely waits.
 */
import { h } from 'preact';
import type { FunctionComponent } from 'preact';
import { useEffect, useState } from 'preact/hooks';

export interface Lazy<P> {
  Component: FunctionComponent<P>;
  preload(): Promise<FunctionComponent<P>>;
}

export function lazy<P extends object>(load: () => Promise<FunctionComponent<P>>): Lazy<P> {
  let loaded: FunctionComponent<P> | null = null;
  let loading: Promise<FunctionComponent<P>> | null = null;
  const preload = () => {
    loading ??= load().then((component) => (loaded = component));
    return loading;
  };
  function Component(props: P) {
    const [, setReady] = useState(loaded !== null);
    useEffect(() => {
      if (loaded === null) void preload().then(() => setReady(true));
    }, []);
    return loaded === null ? null : h(loaded, props);
  }
  return { Component, preload };
}
