/** The page served at / until the console exists: what this server is and where its API lives. */
export const placeholderPage = `<!doctype html>
<html lang="zh-CN">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Bulwark 防控平台</title>
<style>body{font-family:system-ui,"Noto Sans CJK SC",sans-serif;max-width:44rem;margin:3rem auto;padding:0 1rem;line-height:1.6;color:#1a1a1a}code{background:#f2f2f2;padding:.1rem .3rem;border-radius:3px}</style>
</head>
<body>
<h1>Bulwark 常态化精准防控平台</h1>
<p>The platform is running. The web console is not installed yet; use the API.</p>
<ul>
<li>API reference: <a href="/api/v1/docs">/api/v1/docs</a> (OpenAPI document: <a href="/api/v1/openapi.json">/api/v1/openapi.json</a>)</li>
<li>Health: <a href="/api/v1/health">/api/v1/health</a></li>
<li>Log in: <code>POST /api/v1/sessions</code> with <code>{"username": "...", "password": "..."}</code></li>
</ul>
</body>
</html>
`;
