/**
 * Preact's own `memo` lives in preact/compat, which would cost the popup's 20 KB budget more
 * than this. A memoised component renders again only when a prop changed identity.
 */
import { Component, h } from 'preact';
import type { ComponentChild, FunctionComponent } from 'preact';

function sameProps(previous: object, next: object): boolean {
  const before = previous as Record<string, unknown>;
  const after = next as Record<string, unknown>;
  const keys = Object.keys(before);
  return keys.length === Object.keys(after).length && keys.every((key) => Object.is(before[key], after[key]));
}

export function memo<P extends object>(render: FunctionComponent<P>): FunctionComponent<P> {
  class Memo extends Component<P> {
    override shouldComponentUpdate(next: P): boolean {
      return !sameProps(this.props, next);
    }
    override render(props: P): ComponentChild {
      return h(render, props);
    }
  }
  return Memo as unknown as FunctionComponent<P>;
}
