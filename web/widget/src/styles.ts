/** The widget's own CSS, inside its shadow root: the host page's styles cannot reach it, nor ours leak out. */
export function styles(color: string): string {
  return `
:host { all: initial; }
* { box-sizing: border-box; font-family: system-ui, -apple-system, "Segoe UI", "Hiragino Sans", "Noto Sans JP", sans-serif; }
.root { position: fixed; right: 20px; bottom: 20px; z-index: 2147483000; display: flex; flex-direction: column; align-items: flex-end; gap: 12px; color: #1f2430; font-size: 14px; line-height: 1.45; }
.launcher { width: 56px; height: 56px; border-radius: 50%; border: 0; background: ${color}; color: #fff; cursor: pointer; box-shadow: 0 6px 20px rgba(0,0,0,.22); display: grid; place-items: center; }
.launcher:focus-visible, button:focus-visible, input:focus-visible, textarea:focus-visible { outline: 3px solid ${color}66; outline-offset: 2px; }
.panel { width: min(360px, calc(100vw - 40px)); height: min(540px, calc(100vh - 110px)); background: #fff; border-radius: 14px; box-shadow: 0 12px 40px rgba(0,0,0,.22); display: flex; flex-direction: column; overflow: hidden; }
.head { background: ${color}; color: #fff; padding: 12px 14px; display: flex; align-items: center; gap: 8px; }
.head .title { font-weight: 600; flex: 1; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.head button { background: transparent; border: 0; color: #fff; cursor: pointer; font-size: 13px; padding: 4px 6px; border-radius: 6px; }
.head button:hover { background: rgba(255,255,255,.18); }
.body { flex: 1; overflow-y: auto; padding: 14px; display: flex; flex-direction: column; gap: 8px; }
.greeting { color: #4a5160; margin: 0 0 4px; white-space: pre-wrap; }
form { display: flex; flex-direction: column; gap: 10px; }
label { display: flex; flex-direction: column; gap: 4px; font-size: 13px; font-weight: 500; }
input, textarea { font: inherit; border: 1px solid #cfd4dc; border-radius: 8px; padding: 8px 10px; color: inherit; background: #fff; }
textarea { resize: none; min-height: 70px; }
.error { color: #c92a2a; font-size: 12px; font-weight: 400; }
.primary { background: ${color}; color: #fff; border: 0; border-radius: 8px; padding: 9px 14px; font: inherit; font-weight: 600; cursor: pointer; }
.primary[disabled] { opacity: .6; cursor: default; }
.secondary { background: #f1f3f5; color: #1f2430; border: 0; border-radius: 8px; padding: 8px 12px; font: inherit; cursor: pointer; }
.secondary[aria-pressed="true"] { background: ${color}; color: #fff; }
.msg { max-width: 82%; padding: 8px 11px; border-radius: 12px; white-space: pre-wrap; overflow-wrap: anywhere; }
.msg.visitor { align-self: flex-end; background: ${color}; color: #fff; border-bottom-right-radius: 4px; }
.msg.agent { align-self: flex-start; background: #f1f3f5; border-bottom-left-radius: 4px; }
.msg .who { display: block; font-size: 11px; opacity: .75; margin-bottom: 2px; }
.msg.sending { opacity: .6; }
.meta { align-self: flex-end; font-size: 11px; color: #6b7280; }
.event { align-self: center; font-size: 12px; color: #6b7280; text-align: center; }
.typing { font-size: 12px; color: #6b7280; padding: 0 14px 6px; min-height: 18px; }
.composer { display: flex; gap: 8px; border-top: 1px solid #e6e8ec; padding: 10px; }
.composer textarea { flex: 1; min-height: 40px; max-height: 120px; }
.rating { display: flex; flex-direction: column; gap: 8px; border-top: 1px solid #e6e8ec; padding: 12px 14px; }
.row { display: flex; gap: 8px; }
.status { font-size: 12px; color: #6b7280; padding: 4px 14px; }
.status.warn { color: #a14a00; background: #fff4e6; }
.note { color: #2b8a3e; }
`;
}
