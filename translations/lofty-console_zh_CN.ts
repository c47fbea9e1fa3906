<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About %1</source>
        <translation>关于 %1</translation>
    </message>
    <message>
        <source>Application icon</source>
        <translation>应用程序图标</translation>
    </message>
    <message>
        <source>Lofty Developer Console</source>
        <translation>Lofty 开发者控制台</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>许可证</translation>
    </message>
    <message>
        <source>Version %1, built with Qt %2, running on Qt %3</source>
        <translation>版本 %1，基于 Qt %2 构建，运行于 Qt %3</translation>
    </message>
    <message>
        <source>MIT License. Lofty is a trademark of its owner; this console is not made by Lofty.</source>
        <translation>MIT 许可证。Lofty 是其所有者的商标；本控制台并非由 Lofty 制作。</translation>
    </message>
    <message>
        <source>Qt %1</source>
        <translation>Qt %1</translation>
    </message>
    <message>
        <source>GNU Lesser General Public License v3 (LGPLv3), linked dynamically.</source>
        <translation>GNU 宽通用公共许可证第 3 版（LGPLv3），动态链接。</translation>
    </message>
    <message>
        <source>qtkeychain</source>
        <translation>qtkeychain</translation>
    </message>
    <message>
        <source>BSD 3-Clause License (BSD-3-Clause).</source>
        <translation>BSD 三条款许可证（BSD-3-Clause）。</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>Lofty Developer Console</source>
        <translation>Lofty 开发者控制台</translation>
    </message>
    <message>
        <source>Register, authorize, inspect tokens and call the Lofty CRM API.</source>
        <translation>注册应用、授权账户、检查令牌并调用 Lofty CRM API。</translation>
    </message>
    <message>
        <source>Open the console on the profile &lt;name&gt; (e.g. Sandbox or Lofty).</source>
        <translation>使用配置文件 &lt;名称&gt; 打开控制台（例如 Sandbox 或 Lofty）。</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Unknown profile &quot;%1&quot;. Profiles: %2.</source>
        <translation>未知的配置文件“%1”。可用的配置文件：%2。</translation>
    </message>
</context>
<context>
    <name>AuthorizePanel</name>
    <message>
        <source>Authorize</source>
        <translation>授权</translation>
    </message>
    <message>
        <source>Authorize a test account with any grant and follow every step in a timeline.</source>
        <translation>使用任意授权方式为测试账户授权，并在时间线中查看每一步。</translation>
    </message>
</context>
<context>
    <name>CurlExport</name>
    <message>
        <source>(no response: %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EndpointCatalogParser</name>
    <message>
        <source>catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the top level must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing or not an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing, empty or not an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>api #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>api &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>endpoint #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>endpoint &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing or empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>used by another endpoint too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must start with &apos;/&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a {placeholder} must fill a whole path segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not listed in &quot;apis&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; differs from the group of its api (&apos;%2&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[%1] does not match the placeholders of the path [%2]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a JSON object or array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only a GET can be safe to probe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parameter listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an enum needs allowed values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a 64-bit integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is greater than maximum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, field &apos;%2&apos;: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <source>Every request and response you sent, with secrets masked.</source>
        <translation>您发送的每个请求及其响应，其中的密钥均已掩码。</translation>
    </message>
</context>
<context>
    <name>JsonParseError</name>
    <message>
        <source>line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoftyError</name>
    <message>
        <source>Business error %1 (HTTP %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered HTTP %1 but reported failure in the body: code %2, &quot;%3&quot;. Lofty reports some failures this way, so this call did not succeed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the identifiers and values you sent; the message above names the problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirect (HTTP %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered with a redirect that was not followed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the base URL of the profile; Lofty&apos;s API is served from https://api.lofty.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not authorized (401)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credentials were missing, invalid or expired (%1). The access token may have expired, been revoked, or been invalidated because an API was added to the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh the token, or authorize the account again. For an API key, check that it is still Active in Personal Settings &gt; Integrations &gt; API Keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found (404)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found: %1 (404)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resource does not exist or this account has no access to it. Lofty answers 404 for both, and briefly for a lead that was just created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the identifiers in the path and that the account can see the record; retry a freshly created lead after a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate limit reached (429)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lofty limits requests per app, not per account: 100 per minute in Development mode, 500 per minute in Production, over a 60-second window. Every account of the app shares that budget.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait until the window resets (X-RateLimit-Reset); the console holds further requests back until then. Publish the app to Production for the higher limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server error (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server failed while handling the request; the request itself may be fine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry later. If it keeps failing for the same request, report it to Lofty with the time and the request (copy it as curl, secrets stay masked).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected HTTP status %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered with a status the console does not expect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the base URL of the profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A parameter has a value the endpoint does not accept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A required parameter is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page size (limit) is out of range; most list endpoints accept 1 to 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page size or offset is larger than the endpoint allows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A parameter value is longer than the endpoint allows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server rejected the request&apos;s parameters or body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bad request (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bad request: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the parameters with the endpoint&apos;s description in the catalog; the server said: &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app lacks this API (403 %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token is valid, but the app it was issued to has not been granted this API in the Lofty Developer Portal. Lofty&apos;s token scope is always &quot;openApi&quot;, so this only shows when a call is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the API in the Developer Portal, in the app&apos;s Permissions tab. Adding an API is a breaking change: every user of the app has to authorize it again afterwards, and existing tokens stop working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permission denied (403)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app has the API, but this account&apos;s role may not do this (for example, another agent&apos;s tasks).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use an account with a role that can, such as the team owner or an admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No access to the website (403)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account has no access to the website this request concerns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use an account that manages that website.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team-wide lead access needed (403)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching the whole team&apos;s communication needs the &quot;access all team leads&quot; permission.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grant the account that permission in Lofty, or restrict the search to the account&apos;s own leads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forbidden (403)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forbidden: %1 (403)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credentials are valid but the request is not allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the app&apos;s granted APIs and the account&apos;s role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the connection: nothing listens at that address and port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host name could not be resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server closed the connection before answering completely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS handshake failed; the server&apos;s certificate was not accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection timed out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request failed before an answer arrived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the base URL, your connection and any proxy settings, then retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No data arrived for %n second(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Retry; if the server is slow, raise the request timeout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was cancelled before it completed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirect to another host refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 redirected to %2. Following it would send the account&apos;s credentials to another host, so the console stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call the target URL directly if you trust it, or correct the profile&apos;s base URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server message: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Lofty Developer Console</source>
        <translation>Lofty 开发者控制台</translation>
    </message>
    <message>
        <source>Current panel</source>
        <translation>当前面板</translation>
    </message>
    <message>
        <source>Panels</source>
        <translation>面板</translation>
    </message>
    <message>
        <source>Choose the panel to show; Ctrl+1 to Ctrl+6 switch directly.</source>
        <translation>选择要显示的面板；按 Ctrl+1 至 Ctrl+6 可直接切换。</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>注册</translation>
    </message>
    <message>
        <source>Your app&apos;s registration and granted APIs</source>
        <translation>应用的注册信息与已授予的 API</translation>
    </message>
    <message>
        <source>Authorize</source>
        <translation>授权</translation>
    </message>
    <message>
        <source>Authorize test accounts with any grant</source>
        <translation>使用任意授权方式为测试账户授权</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>令牌</translation>
    </message>
    <message>
        <source>Inspect, refresh and forget tokens</source>
        <translation>检查、刷新和删除令牌</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>权限范围</translation>
    </message>
    <message>
        <source>Which APIs your app may call</source>
        <translation>您的应用可以调用哪些 API</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>请求</translation>
    </message>
    <message>
        <source>Send requests to the API</source>
        <translation>向 API 发送请求</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <source>Every exchange, secrets masked</source>
        <translation>所有请求与响应，密钥已掩码</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>Switch &amp;Profile</source>
        <translation>切换配置文件(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>全屏(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Lofty Developer Console</source>
        <translation>关于 Lofty 开发者控制台(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>配置文件</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>配置文件(&amp;P)：</translation>
    </message>
    <message>
        <source>The provider, app registration and accounts to work with (Ctrl+Shift+P)</source>
        <translation>要使用的服务提供方、应用注册和账户（Ctrl+Shift+P）</translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation>配置文件：%1</translation>
    </message>
    <message>
        <source>No account</source>
        <translation>无账户</translation>
    </message>
    <message>
        <source>Account: %1</source>
        <translation>账户：%1</translation>
    </message>
    <message>
        <source>No token</source>
        <translation>无令牌</translation>
    </message>
    <message>
        <source>Token expires %1</source>
        <translation>令牌过期时间：%1</translation>
    </message>
</context>
<context>
    <name>Parser</name>
    <message>
        <source>the text is too large (4 GiB or more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected text after the JSON value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parsing was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unterminated object: expected &apos;,&apos; or &apos;}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unterminated array: expected &apos;,&apos; or &apos;]&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos; after an object member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos; after an array element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected end of text: expected a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trailing comma: expected a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected character: expected a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unterminated object: expected a key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trailing comma: expected a key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a string key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;:&apos; after an object key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nesting is deeper than %1 levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>control character in a string (it must be escaped)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unterminated string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid escape sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid \u escape: expected four hex digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unpaired low surrogate in a \u escape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unpaired high surrogate in a \u escape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid UTF-8 byte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>truncated UTF-8 sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid UTF-8 sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid number: expected a digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid number: leading zeros are not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid number: expected a digit after the decimal point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid number: expected a digit in the exponent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid literal: expected &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RateLimiter</name>
    <message>
        <source>The server answered 429 Too Many Requests.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RateMeter</name>
    <message>
        <source>Rate limit</source>
        <translation>速率限制</translation>
    </message>
    <message>
        <source>Rate limit used</source>
        <translation>已用速率配额</translation>
    </message>
    <message>
        <source>Rate: unknown</source>
        <translation>速率：未知</translation>
    </message>
    <message>
        <source>No rate limit known yet</source>
        <translation>尚不知道速率限制</translation>
    </message>
    <message>
        <source>Rate: %1/%2</source>
        <translation>速率：%1/%2</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 requests used in this window; resets in %n second(s)</source>
        <translation>
            <numerusform>本时间窗口已使用 %1/%2 个请求；%n 秒后重置</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RegistrationPanel</name>
    <message>
        <source>Registration</source>
        <translation>注册</translation>
    </message>
    <message>
        <source>Your app&apos;s registration: name, client id, redirect URI, mode, granted APIs and rate limit.</source>
        <translation>应用的注册信息：名称、客户端 ID、重定向 URI、模式、已授予的 API 和速率限制。</translation>
    </message>
</context>
<context>
    <name>RequestsPanel</name>
    <message>
        <source>Requests</source>
        <translation>请求</translation>
    </message>
    <message>
        <source>Pick an endpoint from the catalog, fill in its parameters, send it and read the response.</source>
        <translation>从目录中选择端点，填写参数，发送请求并查看响应。</translation>
    </message>
</context>
<context>
    <name>ScopesPanel</name>
    <message>
        <source>Scopes</source>
        <translation>权限范围</translation>
    </message>
    <message>
        <source>Which APIs your app may call: granted, seen in history and probed.</source>
        <translation>您的应用可以调用哪些 API：已授予的、在历史记录中见过的以及探测得到的。</translation>
    </message>
</context>
<context>
    <name>TokensPanel</name>
    <message>
        <source>Tokens</source>
        <translation>令牌</translation>
    </message>
    <message>
        <source>The tokens you hold: type, scope, expiry countdown, decoded JWT parts, refresh and forget.</source>
        <translation>您持有的令牌：类型、权限范围、过期倒计时、解码后的 JWT 各部分，以及刷新与删除。</translation>
    </message>
</context>
</TS>
