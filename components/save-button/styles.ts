/**
 * The button's styles. They live inside the shadow root, so the page cannot
 * reach them and they cannot reach the page. The host's own box is set inline
 * with !important (see save-button.ts), which page rules cannot override.
 */
export const HOST_STYLE = [
  'all:initial',
  'position:fixed',
  'right:16px',
  'bottom:16px',
  'z-index:2147483647',
  'display:block',
  'visibility:visible',
  'opacity:1',
  'pointer-events:auto',
]
  .map((d) => `${d}!important`)
  .join(';');

export const SHADOW_CSS = `
.box{all:initial;display:flex;flex-direction:column;align-items:flex-end;gap:6px;
  font:500 15px/1.3 system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;color:#1b1b1b}
.row{display:flex;align-items:center;gap:6px}
button{all:initial;box-sizing:border-box;display:inline-block;cursor:pointer;font:inherit;text-align:center}
.save{min-height:44px;padding:11px 18px;border-radius:22px;background:#0f5132;color:#fff;
  box-shadow:0 2px 10px rgba(0,0,0,.3);white-space:nowrap}
.save:hover{background:#146c43}
.save[aria-disabled="true"]{cursor:progress;background:#3d6b55}
.follow{min-height:44px;padding:11px 16px;border-radius:22px;background:#fff;color:#0f5132;border:2px solid #0f5132;
  box-shadow:0 2px 10px rgba(0,0,0,.2);white-space:nowrap}
.follow[hidden]{display:none}
.follow[aria-pressed="true"]{background:#e8f3ee}
.close{width:28px;height:28px;line-height:26px;border-radius:50%;background:#fff;color:#333;
  border:1px solid #888;font-size:18px}
button:focus-visible{outline:3px solid #f0a202;outline-offset:2px}
.status{position:absolute;width:1px;height:1px;margin:-1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
.status.error{position:static;width:auto;height:auto;margin:0;overflow:visible;clip:auto;white-space:normal;
  max-width:20rem;padding:8px 12px;border-radius:8px;background:#fff;color:#8a1c1c;border:1px solid #b42318;
  box-shadow:0 2px 10px rgba(0,0,0,.2)}
@media (forced-colors:active){.save,.close,.follow{border:2px solid ButtonText}}
`;
