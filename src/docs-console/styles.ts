// The console's look: a drawer over the right of the Redoc page, in Redoc's own font.
export const consoleStyles = `
#alb-console-open { position: fixed; right: 20px; bottom: 20px; z-index: 1000; padding: 10px 16px; border: 0; border-radius: 4px;
  background: #32329f; color: #fff; font: 600 14px/1.2 Roboto, sans-serif; cursor: pointer; box-shadow: 0 2px 8px rgba(0,0,0,.25); }
#alb-console { position: fixed; top: 0; right: 0; bottom: 0; z-index: 1001; width: min(560px, 100vw); overflow-y: auto; box-sizing: border-box;
  padding: 16px 20px 32px; background: #fff; border-left: 1px solid #ccc; box-shadow: -4px 0 16px rgba(0,0,0,.15); font: 14px/1.5 Roboto, sans-serif; color: #333; }
#alb-console[hidden] { display: none; }
#alb-console h2 { margin: 0 0 8px; font-size: 20px; }
#alb-console h3 { margin: 16px 0 4px; font-size: 14px; }
#alb-console .alb-console-close { position: absolute; top: 8px; right: 12px; border: 0; background: none; font-size: 24px; cursor: pointer; }
#alb-console .alb-console-note { margin: 0 0 12px; padding: 8px; background: #f4f4fb; border-radius: 4px; font-size: 13px; }
#alb-console .alb-console-field { display: block; margin: 8px 0; font-weight: 600; font-size: 13px; }
#alb-console input, #alb-console textarea, #alb-console select { display: block; box-sizing: border-box; width: 100%; margin-top: 4px;
  padding: 6px 8px; border: 1px solid #bbb; border-radius: 4px; font: 13px/1.4 Menlo, Consolas, monospace; }
#alb-console pre { margin: 0; padding: 8px; overflow-x: auto; background: #263238; color: #e6e6e6; border-radius: 4px; font-size: 12px;
  white-space: pre-wrap; word-break: break-all; }
#alb-console pre:empty { display: none; }
#alb-console-send { margin-top: 16px; padding: 8px 24px; border: 0; border-radius: 4px; background: #32329f; color: #fff; font-weight: 600; cursor: pointer; }
#alb-console-send:disabled { background: #999; cursor: not-allowed; }
#alb-console-status { font-weight: 600; }
#alb-console .alb-console-row { display: grid; grid-template-columns: 1fr 1fr; gap: 0 12px; }
#alb-console .alb-console-more { margin: 6px 0; font-size: 13px; }
#alb-console .alb-console-more summary { cursor: pointer; font-weight: 600; }
#alb-console-fields { max-height: 240px; overflow-y: auto; margin: 4px 0; padding-left: 18px; font-size: 12px; }
#alb-console-fields code { margin-right: 4px; font-weight: 600; }
`;
