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
    <name>Account</name>
    <message>
        <source>This credential cannot be refreshed: API keys and pasted tokens without a refresh token stay as they are until they expire.</source>
        <translation>此凭据无法刷新：API 密钥和没有刷新令牌的粘贴令牌会保持不变，直到过期。</translation>
    </message>
</context>
<context>
    <name>AccountRegistry</name>
    <message>
        <source>the account&apos;s token</source>
        <translation>该账号的令牌</translation>
    </message>
    <message>
        <source>No token is stored for this account: authorize it again.</source>
        <translation>此账号未存储令牌：请重新授权。</translation>
    </message>
    <message>
        <source>The stored token could not be read: authorize the account again.</source>
        <translation>无法读取已存储的令牌：请重新授权该账号。</translation>
    </message>
    <message>
        <source>The account&apos;s state could not be saved: %1</source>
        <translation>无法保存账号状态：%1</translation>
    </message>
    <message>
        <source>the account&apos;s key</source>
        <translation>该账号的密钥</translation>
    </message>
    <message>
        <source>The new account could not be saved: %1</source>
        <translation>无法保存新账号：%1</translation>
    </message>
    <message>
        <source>the account&apos;s secrets</source>
        <translation>该账号的机密信息</translation>
    </message>
</context>
<context>
    <name>AccountStatus</name>
    <message>
        <source>Valid</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>Expiring</source>
        <translation>即将过期</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>Needs re-authorization</source>
        <translation>需要重新授权</translation>
    </message>
    <message>
        <source>Unverified</source>
        <translation>未验证</translation>
    </message>
    <message>
        <source>The token does not say when it expires.</source>
        <translation>令牌未注明过期时间。</translation>
    </message>
    <message numerus="yes">
        <source>The access token is valid for %n more minute(s).</source>
        <translation>
            <numerusform>访问令牌的有效期还剩 %n 分钟。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The access token expires in %n second(s); it is renewed before the next request.</source>
        <translation>
            <numerusform>访问令牌将在 %n 秒后过期；会在下一次请求前续期。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The access token expires in %n second(s) and cannot be renewed: authorize the account again soon.</source>
        <translation>
            <numerusform>访问令牌将在 %n 秒后过期且无法续期：请尽快重新授权该账号。</numerusform>
        </translation>
    </message>
    <message>
        <source>The access token has expired; it is renewed on the next request.</source>
        <translation>访问令牌已过期；会在下一次请求时续期。</translation>
    </message>
    <message>
        <source>The access token has expired and cannot be renewed: authorize the account again.</source>
        <translation>访问令牌已过期且无法续期：请重新授权该账号。</translation>
    </message>
    <message>
        <source>The server refused this account&apos;s credentials (%1). Refreshing cannot help: re-authorize the account.</source>
        <translation>服务器拒绝了此账号的凭据（%1）。刷新无济于事：请重新授权该账号。</translation>
    </message>
    <message>
        <source>The API key could not be checked with the identity call; requests may be refused.</source>
        <translation>无法通过身份调用验证该 API 密钥；请求可能会被拒绝。</translation>
    </message>
    <message>
        <source>the server refused the token</source>
        <translation>服务器拒绝了该令牌</translation>
    </message>
</context>
<context>
    <name>AccountSwitcher</name>
    <message>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>The account whose credentials requests are sent with</source>
        <translation>发送请求时使用其凭据的账号</translation>
    </message>
    <message>
        <source>No account</source>
        <translation>无账号</translation>
    </message>
    <message>
        <source>No account yet: authorize one</source>
        <translation>尚无账号：请授权一个</translation>
    </message>
</context>
<context>
    <name>ApiReply</name>
    <message>
        <source>&quot;%1&quot; is not an absolute http(s) URL.</source>
        <translation>“%1”不是绝对的 http(s) URL。</translation>
    </message>
    <message>
        <source>The account was removed.</source>
        <translation>该账号已被移除。</translation>
    </message>
    <message>
        <source>The account&apos;s credentials are only sent to %1, and %2 is another host. Set the profile&apos;s API base URL to call it with this account.</source>
        <translation>账号的凭据只会发送到 %1，而 %2 是另一个主机。若要用此账号调用它，请设置配置的 API 基础 URL。</translation>
    </message>
    <message>
        <source>No network access manager is available.</source>
        <translation>没有可用的网络访问管理器。</translation>
    </message>
</context>
<context>
    <name>AppLifecycle</name>
    <message>
        <source>The app is under review: its edit controls are locked until the review ends. Cancel the pending edit to change it.</source>
        <translation>该应用正在审核中：审核结束前其编辑控件处于锁定状态。取消待审核的编辑即可进行修改。</translation>
    </message>
    <message>
        <source>The app is already under review.</source>
        <translation>该应用已在审核中。</translation>
    </message>
    <message>
        <source>A Production app is submitted by editing it: the edit goes to review.</source>
        <translation>Production 应用通过编辑来提交：所做的编辑会进入审核。</translation>
    </message>
    <message>
        <source>There is no pending edit to cancel.</source>
        <translation>没有可取消的待审核编辑。</translation>
    </message>
    <message>
        <source>Only an app under review can be published.</source>
        <translation>只有审核中的应用才能发布。</translation>
    </message>
    <message>
        <source>Only an app under review can be declined.</source>
        <translation>只有审核中的应用才能被拒绝。</translation>
    </message>
    <message>
        <source>A declined review needs its reason (Lofty sends it by e-mail).</source>
        <translation>拒绝审核时需要提供原因（Lofty 会通过电子邮件发送）。</translation>
    </message>
</context>
<context>
    <name>AppRegistration</name>
    <message>
        <source>Development</source>
        <translation>开发中</translation>
    </message>
    <message>
        <source>Under Review</source>
        <translation>审核中</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>生产</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>已拒绝</translation>
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
        <source>There is no profile &quot;%1&quot;. Profiles: %2.</source>
        <translation>没有名为“%1”的配置。现有配置：%2。</translation>
    </message>
    <message>
        <source>Cannot open profile &quot;%1&quot;: %2</source>
        <translation>无法打开配置“%1”：%2</translation>
    </message>
</context>
<context>
    <name>AuthorizationCodeFlow</name>
    <message>
        <source>Authorization code</source>
        <translation>授权码</translation>
    </message>
    <message>
        <source>Client %1, %2</source>
        <translation>客户端 %1，%2</translation>
    </message>
    <message>
        <source>The profile needs an authorize URL, a token URL and a client id.</source>
        <translation>该配置需要授权 URL、令牌 URL 和客户端 ID。</translation>
    </message>
    <message>
        <source>PKCE verifier and challenge made</source>
        <translation>已生成 PKCE verifier 和 challenge</translation>
    </message>
    <message>
        <source>verifier %1, challenge %2 (%3)</source>
        <translation>verifier %1，challenge %2 (%3)</translation>
    </message>
    <message>
        <source>Listener failed</source>
        <translation>监听失败</translation>
    </message>
    <message>
        <source>The Lofty Developer Console received the answer. You can close this tab.</source>
        <translation>Lofty 开发者控制台已收到应答。您可以关闭此标签页。</translation>
    </message>
    <message>
        <source>Listening on 127.0.0.1:%1</source>
        <translation>正在监听 127.0.0.1:%1</translation>
    </message>
    <message>
        <source>Redirect URI %1</source>
        <translation>重定向 URI %1</translation>
    </message>
    <message>
        <source>Browser opened</source>
        <translation>已打开浏览器</translation>
    </message>
    <message>
        <source>Authorize URL %1</source>
        <translation>授权 URL %1</translation>
    </message>
    <message>
        <source>Callback received</source>
        <translation>已收到回调</translation>
    </message>
    <message>
        <source>Parameters: %1</source>
        <translation>参数：%1</translation>
    </message>
    <message>
        <source>State checked</source>
        <translation>已检查 state</translation>
    </message>
    <message>
        <source>The state matches this attempt.</source>
        <translation>state 与本次尝试一致。</translation>
    </message>
    <message>
        <source>HTTP Basic</source>
        <translation>HTTP Basic</translation>
    </message>
    <message>
        <source>secret in the body</source>
        <translation>密钥放在请求体中</translation>
    </message>
    <message>
        <source>Token requested</source>
        <translation>已请求令牌</translation>
    </message>
    <message>
        <source>POST %1 with grant_type=authorization_code, code %2%3; client authentication: %4</source>
        <translation>POST %1，grant_type=authorization_code，code %2%3；客户端认证：%4</translation>
    </message>
    <message>
        <source>, code_verifier</source>
        <translation>，code_verifier</translation>
    </message>
    <message>
        <source>The provider answered error=%1.</source>
        <translation>提供方返回 error=%1。</translation>
    </message>
    <message>
        <source>The provider answered error=%1: %2</source>
        <translation>提供方返回 error=%1：%2</translation>
    </message>
    <message>
        <source>The callback has no authorization code.</source>
        <translation>回调中没有授权码。</translation>
    </message>
    <message>
        <source>The Lofty Developer Console refused this answer: %1</source>
        <translation>Lofty 开发者控制台拒绝了此应答：%1</translation>
    </message>
    <message>
        <source>Callback refused</source>
        <translation>回调被拒绝</translation>
    </message>
    <message>
        <source>The token endpoint could not be reached: %1</source>
        <translation>无法连接令牌端点：%1</translation>
    </message>
    <message>
        <source>Token refused</source>
        <translation>令牌请求被拒绝</translation>
    </message>
    <message>
        <source>Token received</source>
        <translation>已收到令牌</translation>
    </message>
    <message>
        <source>Access token %1, refresh token %2, expires %3</source>
        <translation>访问令牌 %1，刷新令牌 %2，过期时间 %3</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>No answer from the browser within %1 seconds; the attempt was abandoned.</source>
        <translation>%1 秒内浏览器无应答；已放弃本次尝试。</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>超时</translation>
    </message>
    <message>
        <source>Listener closed</source>
        <translation>监听器已关闭</translation>
    </message>
    <message>
        <source>127.0.0.1:%1</source>
        <translation>127.0.0.1:%1</translation>
    </message>
    <message>
        <source>The redirect host must be 127.0.0.1 or localhost, not &quot;%1&quot;.</source>
        <translation>重定向主机必须是 127.0.0.1 或 localhost，而不是“%1”。</translation>
    </message>
    <message>
        <source>Could not listen on 127.0.0.1:%1 (%2); the port may be in use.</source>
        <translation>无法在 127.0.0.1:%1 上监听（%2）；该端口可能已被占用。</translation>
    </message>
    <message>
        <source>Request refused</source>
        <translation>请求被拒绝</translation>
    </message>
    <message>
        <source>The Lofty Developer Console did not accept this answer: %1</source>
        <translation>Lofty 开发者控制台未接受此应答：%1</translation>
    </message>
    <message>
        <source>A second callback arrived for this attempt; it was refused and ignored.</source>
        <translation>本次尝试收到了第二个回调；已将其拒绝并忽略。</translation>
    </message>
    <message>
        <source>A callback without a state parameter was refused and ignored.</source>
        <translation>已拒绝并忽略一个不带 state 参数的回调。</translation>
    </message>
    <message>
        <source>A callback whose state does not match this attempt was refused and ignored.</source>
        <translation>已拒绝并忽略一个 state 与本次尝试不一致的回调。</translation>
    </message>
    <message>
        <source>The callback comes from issuer &quot;%1&quot;, not from &quot;%2&quot; (RFC 9207); the code was not used.</source>
        <translation>该回调来自签发方“%1”，而不是“%2”（RFC 9207）；未使用该授权码。</translation>
    </message>
    <message>
        <source>The state matches this attempt; issuer %1.</source>
        <translation>state 与本次尝试一致；签发方 %1。</translation>
    </message>
    <message>
        <source>public client, no secret</source>
        <translation>公共客户端，无密钥</translation>
    </message>
</context>
<context>
    <name>AuthorizationService</name>
    <message>
        <source>The Authorization Code grant needs the app&apos;s client secret. Enter it in Registration, or use Authorization Code + PKCE.</source>
        <translation>Authorization Code 授权方式需要应用的客户端密钥。请在“注册”中填写，或改用 Authorization Code + PKCE。</translation>
    </message>
    <message>
        <source>Account &quot;%1&quot; is authorized again.</source>
        <translation>账号“%1”已重新授权。</translation>
    </message>
    <message>
        <source>Account &quot;%1&quot; is authorized.</source>
        <translation>账号“%1”已授权。</translation>
    </message>
</context>
<context>
    <name>AuthorizePanel</name>
    <message>
        <source>Authorize</source>
        <translation>授权</translation>
    </message>
    <message>
        <source>Authorize a test account with any grant and watch each step</source>
        <translation>使用任意授权方式授权测试账号，并观察每个步骤</translation>
    </message>
    <message>
        <source>Grant</source>
        <translation>授权方式</translation>
    </message>
    <message>
        <source>How the account is authorized</source>
        <translation>账号的授权方式</translation>
    </message>
    <message>
        <source>Authorization Code + PKCE (no secret)</source>
        <translation>授权码 + PKCE（无密钥）</translation>
    </message>
    <message>
        <source>Authorization Code (client secret)</source>
        <translation>授权码（客户端密钥）</translation>
    </message>
    <message>
        <source>Client Credentials + customer key</source>
        <translation>客户端凭据 + 客户密钥</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API 密钥</translation>
    </message>
    <message>
        <source>Paste an access token</source>
        <translation>粘贴访问令牌</translation>
    </message>
    <message>
        <source>e.g. alice (test)</source>
        <translation>例如 alice（测试）</translation>
    </message>
    <message>
        <source>Account label</source>
        <translation>账号标签</translation>
    </message>
    <message>
        <source>The name the new account gets in this console</source>
        <translation>新账号在此控制台中的名称</translation>
    </message>
    <message>
        <source>Redirect URI</source>
        <translation>重定向 URI</translation>
    </message>
    <message>
        <source>Exactly what the console&apos;s listener receives; register it in the portal</source>
        <translation>与控制台监听器接收到的完全一致；请在开发者门户中注册此地址</translation>
    </message>
    <message>
        <source>Customer key</source>
        <translation>客户密钥</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>访问令牌</translation>
    </message>
    <message>
        <source>An access token to use as it is</source>
        <translation>按原样使用的访问令牌</translation>
    </message>
    <message>
        <source>Refresh token (optional)</source>
        <translation>刷新令牌（可选）</translation>
    </message>
    <message>
        <source>A refresh token that goes with the pasted access token</source>
        <translation>与所粘贴访问令牌配套的刷新令牌</translation>
    </message>
    <message>
        <source>&amp;Grant:</source>
        <translation>授权方式(&amp;G)：</translation>
    </message>
    <message>
        <source>Account &amp;label:</source>
        <translation>账号标签(&amp;L)：</translation>
    </message>
    <message>
        <source>Redirect &amp;URI:</source>
        <translation>重定向 URI(&amp;U)：</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API 密钥(&amp;K)：</translation>
    </message>
    <message>
        <source>Access &amp;token:</source>
        <translation>访问令牌(&amp;T)：</translation>
    </message>
    <message>
        <source>Re&amp;fresh token:</source>
        <translation>刷新令牌(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>开始(&amp;S)</translation>
    </message>
    <message>
        <source>Start authorization</source>
        <translation>开始授权</translation>
    </message>
    <message>
        <source>Opens the system browser on the authorize page (Ctrl+Return)</source>
        <translation>在系统浏览器中打开授权页面（Ctrl+Return）</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancel authorization</source>
        <translation>取消授权</translation>
    </message>
    <message>
        <source>Stops the attempt and closes the listener (Esc)</source>
        <translation>停止本次尝试并关闭监听器（Esc）</translation>
    </message>
    <message>
        <source>Copy authorize URL</source>
        <translation>复制授权 URL</translation>
    </message>
    <message>
        <source>For a browser other than the system one</source>
        <translation>用于系统浏览器以外的浏览器</translation>
    </message>
    <message>
        <source>No attempt yet.</source>
        <translation>尚无授权尝试。</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>结论</translation>
    </message>
    <message>
        <source>The browser asks the user to consent; a PKCE verifier protects the code. No client secret is used.</source>
        <translation>浏览器请求用户同意授权；PKCE verifier 保护授权码。不使用客户端密钥。</translation>
    </message>
    <message>
        <source>The browser asks the user to consent; the code is exchanged with the client secret from Registration.</source>
        <translation>浏览器请求用户同意授权；授权码与“注册”中的客户端密钥一起用于换取令牌。</translation>
    </message>
    <message>
        <source>No browser: the client secret and the user&apos;s customer key are exchanged for a token.</source>
        <translation>无需浏览器：用客户端密钥和用户的客户密钥换取令牌。</translation>
    </message>
    <message>
        <source>The key is sent as &quot;Authorization: token &lt;key&gt;&quot;; it does not expire.</source>
        <translation>密钥以 &quot;Authorization: token &lt;key&gt;&quot; 形式发送；它不会过期。</translation>
    </message>
    <message>
        <source>The token is used as it is; without a refresh token it cannot be renewed.</source>
        <translation>令牌按原样使用；没有刷新令牌则无法续期。</translation>
    </message>
    <message>
        <source>No profile is active.</source>
        <translation>当前没有活动的配置。</translation>
    </message>
    <message>
        <source>An attempt is already running: cancel it first.</source>
        <translation>已有授权尝试正在进行：请先取消。</translation>
    </message>
    <message>
        <source>Authorizing…</source>
        <translation>正在授权…</translation>
    </message>
    <message>
        <source>Authorized: %1. %2</source>
        <translation>已授权：%1。%2</translation>
    </message>
    <message>
        <source>Not authorized: %1</source>
        <translation>未授权：%1</translation>
    </message>
    <message>
        <source>kept in the keychain</source>
        <translation>保存在钥匙串中</translation>
    </message>
    <message>
        <source>kept in memory for this run only: the keychain is unavailable</source>
        <translation>仅在本次运行期间保存在内存中：钥匙串不可用</translation>
    </message>
    <message>
        <source>The target user&apos;s API key, sent as customer_key; %1</source>
        <translation>目标用户的 API 密钥，以 customer_key 发送；%1</translation>
    </message>
    <message>
        <source>A Lofty API key; %1</source>
        <translation>一个 Lofty API 密钥；%1</translation>
    </message>
    <message>
        <source>&amp;Customer key:</source>
        <translation>客户密钥(&amp;C)：</translation>
    </message>
    <message>
        <source>Cop&amp;y authorize URL</source>
        <translation>复制授权 URL(&amp;Y)</translation>
    </message>
    <message>
        <source>Start here</source>
        <translation>从这里开始</translation>
    </message>
    <message>
        <source>&lt;b&gt;Start here.&lt;/b&gt; 1. Authorize a test account below (on the Sandbox profile: Authorization Code + PKCE, then sign in as alice). 2. Send your first request.</source>
        <translation>&lt;b&gt;从这里开始。&lt;/b&gt; 1. 在下方授权一个测试账号（在 Sandbox 配置中：选择 Authorization Code + PKCE，然后以 alice 身份登录）。2. 发送你的第一个请求。</translation>
    </message>
    <message>
        <source>Send your first &amp;request →</source>
        <translation>发送第一个请求(&amp;R) →</translation>
    </message>
    <message>
        <source>Opens the Requests panel (Ctrl+5)</source>
        <translation>打开“请求”面板（Ctrl+5）</translation>
    </message>
    <message>
        <source>See the sandbox&apos;s test acc&amp;ounts →</source>
        <translation>查看沙盒的测试账号(&amp;O) →</translation>
    </message>
    <message>
        <source>Opens the Sandbox page with the accounts, their keys and the fault switches</source>
        <translation>打开沙盒页面，其中列出各账号、其密钥以及故障开关</translation>
    </message>
    <message>
        <source>Re-authorizing &quot;%1&quot;: Start renews this account; it keeps its id and label.</source>
        <translation>正在重新授权“%1”：“开始”会续期此账号，并保留其 ID 和标签。</translation>
    </message>
</context>
<context>
    <name>CatalogDiff</name>
    <message>
        <source>No operation added, removed or changed</source>
        <translation>没有新增、删除或更改任何操作</translation>
    </message>
    <message>
        <source>%1 added, %2 removed, %3 changed</source>
        <translation>新增 %1 个，删除 %2 个，更改 %3 个</translation>
    </message>
</context>
<context>
    <name>CatalogUpdate</name>
    <message>
        <source>The document describes no operation.</source>
        <translation>该文档未描述任何操作。</translation>
    </message>
</context>
<context>
    <name>CatalogUpdateDialog</name>
    <message>
        <source>Update API Catalog</source>
        <translation>更新 API 目录</translation>
    </message>
    <message>
        <source>Reads an OpenAPI document and keeps it as the profile&apos;s catalog</source>
        <translation>读取 OpenAPI 文档并将其保存为该配置的目录</translation>
    </message>
    <message>
        <source>An OpenAPI 3.0/3.1 JSON file, or an http(s) URL</source>
        <translation>OpenAPI 3.0/3.1 JSON 文件，或 http(s) URL</translation>
    </message>
    <message>
        <source>OpenAPI document</source>
        <translation>OpenAPI 文档</translation>
    </message>
    <message>
        <source>For Lofty: https://developer.lofty.com/openapi/openapi.json; any API&apos;s document works</source>
        <translation>对于 Lofty：https://developer.lofty.com/openapi/openapi.json；任何 API 的文档均可</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Read</source>
        <translation>读取(&amp;R)</translation>
    </message>
    <message>
        <source>Reads the document and shows what it would change</source>
        <translation>读取文档并显示它将带来的更改</translation>
    </message>
    <message>
        <source>What the document changes</source>
        <translation>文档带来的更改</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>更改</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>应用(&amp;A)</translation>
    </message>
    <message>
        <source>Keeps the document&apos;s catalog for this profile</source>
        <translation>为此配置保存该文档的目录</translation>
    </message>
    <message>
        <source>Reset to &amp;Built-in</source>
        <translation>重置为内置(&amp;B)</translation>
    </message>
    <message>
        <source>Forgets the imported catalog; the console&apos;s own is used</source>
        <translation>忘记导入的目录；改用控制台自带的目录</translation>
    </message>
    <message>
        <source>OpenAPI Document</source>
        <translation>OpenAPI 文档</translation>
    </message>
    <message>
        <source>OpenAPI documents (*.json);;All files (*)</source>
        <translation>OpenAPI 文档 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB.</source>
        <translation>%1 大于 %2 MB。</translation>
    </message>
    <message>
        <source>Downloading %1…</source>
        <translation>正在下载 %1…</translation>
    </message>
    <message>
        <source>The download of %1 was cancelled.</source>
        <translation>已取消 %1 的下载。</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 s.</source>
        <translation>%1 未在 %2 秒内响应。</translation>
    </message>
    <message>
        <source>%1 could not be downloaded (HTTP %2): %3</source>
        <translation>无法下载 %1（HTTP %2）：%3</translation>
    </message>
    <message>
        <source>The document cannot be used: %1</source>
        <translation>无法使用该文档：%1</translation>
    </message>
    <message>
        <source>The document&apos;s operations (%1) are the ones in use; Apply would change nothing.</source>
        <translation>文档中的操作（%1）与当前使用的相同；“应用”不会做任何更改。</translation>
    </message>
    <message>
        <source>Operations in the document: %1 (%2). Apply keeps them for this profile.</source>
        <translation>文档中的操作：%1（%2）。“应用”会为此配置保存这些操作。</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>已添加</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>已移除</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>已更改</translation>
    </message>
    <message>
        <source>The catalog was not changed.</source>
        <translation>目录未更改。</translation>
    </message>
    <message>
        <source>Another profile was opened since the document was read; read it again.</source>
        <translation>读取文档后已打开了另一个配置；请重新读取。</translation>
    </message>
    <message>
        <source>This profile now uses the document&apos;s catalog (operations: %1).</source>
        <translation>此配置现在使用该文档的目录（操作数：%1）。</translation>
    </message>
    <message>
        <source>This profile uses the built-in catalog again.</source>
        <translation>此配置已重新使用内置目录。</translation>
    </message>
    <message>
        <source>This profile uses an imported catalog (operations: %1).</source>
        <translation>此配置使用导入的目录（操作数：%1）。</translation>
    </message>
    <message>
        <source>This profile uses the built-in catalog (operations: %1).</source>
        <translation>此配置使用内置目录（操作数：%1）。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Reading the document was cancelled.</source>
        <translation>已取消读取文档。</translation>
    </message>
    <message>
        <source>Reading the document (%1 KB)…</source>
        <translation>正在读取文档（%1 KB）…</translation>
    </message>
</context>
<context>
    <name>CliAccountResolver</name>
    <message>
        <source>The profile &quot;%1&quot; has no account &quot;%2&quot;. Accounts: %3.</source>
        <translation>配置“%1”中没有账号“%2”。现有账号：%3。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names several accounts of &quot;%2&quot;; use an id: %3.</source>
        <translation>“%1”对应“%2”中的多个账号；请使用 ID：%3。</translation>
    </message>
</context>
<context>
    <name>CliAccountsCommand</name>
    <message>
        <source>List the accounts authorized under a profile.</source>
        <translation>列出某个配置下已授权的账号。</translation>
    </message>
    <message>
        <source>The action (only list).</source>
        <translation>操作（仅支持 list）。</translation>
    </message>
    <message>
        <source>Unknown action &quot;%1&quot;.</source>
        <translation>未知操作“%1”。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>ACCOUNT</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>GRANT</source>
        <translation>授权方式</translation>
    </message>
    <message>
        <source>E-MAIL</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>AUTHORIZED</source>
        <translation>授权时间</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>CliAllPages</name>
    <message>
        <source>%1 %2 does not page: the catalog documents no scrollId, currentId, offset/limit or page/pageSize parameter for it.</source>
        <translation>%1 %2 不支持分页：目录中未为其记录 scrollId、currentId、offset/limit 或 page/pageSize 参数。</translation>
    </message>
    <message>
        <source>Fetching every page (%1)...</source>
        <translation>正在获取所有页面（%1）...</translation>
    </message>
    <message>
        <source>Page %1: %2 items so far</source>
        <translation>第 %1 页：目前共 %2 项</translation>
    </message>
    <message>
        <source>Fetching the pages did not finish in time.</source>
        <translation>获取页面未能及时完成。</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s), %1 items, %2 ms</source>
        <translation>
            <numerusform>%n 页，%1 项，%2 ms</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CliAuthorizeCommand</name>
    <message>
        <source>Authorize a new account (browser, client credentials, API key or token).</source>
        <translation>授权新账号（浏览器、客户端凭据、API 密钥或令牌）。</translation>
    </message>
    <message>
        <source>code, pkce (default), client-credentials, api-key or token.</source>
        <translation>code、pkce（默认）、client-credentials、api-key 或 token。</translation>
    </message>
    <message>
        <source>grant</source>
        <translation>授权方式</translation>
    </message>
    <message>
        <source>The new account&apos;s label.</source>
        <translation>新账号的标签。</translation>
    </message>
    <message>
        <source>label</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Loopback listener port for the browser grants (default: the profile&apos;s, else any free port).</source>
        <translation>浏览器授权方式使用的环回监听端口（默认：配置中的端口，否则为任意空闲端口）。</translation>
    </message>
    <message>
        <source>port</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>Only print the authorize URL; do not open a browser.</source>
        <translation>仅打印授权 URL；不打开浏览器。</translation>
    </message>
    <message>
        <source>Give up after this many seconds (default %1).</source>
        <translation>超过该秒数后放弃（默认 %1）。</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>秒数</translation>
    </message>
    <message>
        <source>Save a client secret that was typed or taken from LOFTY_CLIENT_SECRET in the keychain.</source>
        <translation>将输入的或取自 LOFTY_CLIENT_SECRET 的客户端密钥保存到钥匙串中。</translation>
    </message>
    <message>
        <source>Print every step (secrets masked).</source>
        <translation>打印每个步骤（机密已掩码）。</translation>
    </message>
    <message>
        <source>Secrets are never arguments. They come from the keychain, the environment or a prompt without echo
(or one line on stdin when it is not a terminal):
  code, client-credentials   client secret: keychain, else LOFTY_CLIENT_SECRET, else prompt
  client-credentials         customer key: LOFTY_CUSTOMER_KEY, else prompt
  api-key                    LOFTY_API_KEY, else prompt
  token                      LOFTY_ACCESS_TOKEN (+ LOFTY_REFRESH_TOKEN), else prompt
The browser grants print the authorize URL on stderr, open $BROWSER (or xdg-open when there is a
display) and wait on the loopback listener. The new account&apos;s id goes to stdout.</source>
        <translation>机密绝不作为参数传递。它们来自钥匙串、环境变量或不回显的提示输入
（当 stdin 不是终端时，从 stdin 读取一行）：
  code, client-credentials   客户端密钥：钥匙串，否则 LOFTY_CLIENT_SECRET，否则提示输入
  client-credentials         客户密钥：LOFTY_CUSTOMER_KEY，否则提示输入
  api-key                    LOFTY_API_KEY，否则提示输入
  token                      LOFTY_ACCESS_TOKEN（+ LOFTY_REFRESH_TOKEN），否则提示输入
浏览器授权方式会在 stderr 上打印授权 URL，打开 $BROWSER（有显示环境时则使用 xdg-open），
并在环回监听器上等待。新账号的 ID 输出到 stdout。</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;; secrets are never arguments.</source>
        <translation>意外的参数“%1”；机密绝不作为参数传递。</translation>
    </message>
    <message>
        <source>Unknown grant &quot;%1&quot;.</source>
        <translation>未知授权方式“%1”。</translation>
    </message>
    <message>
        <source>--port needs a number from 1 to 65535.</source>
        <translation>--port 需要 1 到 65535 之间的数字。</translation>
    </message>
    <message>
        <source>Using %1 from the environment.</source>
        <translation>使用环境变量中的 %1。</translation>
    </message>
    <message>
        <source>No value: set %1 or type it at the prompt.</source>
        <translation>没有值：请设置 %1 或在提示时输入。</translation>
    </message>
    <message>
        <source>Customer key (the user&apos;s API key): </source>
        <translation>客户密钥（用户的 API 密钥）: </translation>
    </message>
    <message>
        <source>API key: </source>
        <translation>API 密钥: </translation>
    </message>
    <message>
        <source>Access token: </source>
        <translation>访问令牌: </translation>
    </message>
    <message>
        <source>The keychain is unavailable: %1</source>
        <translation>钥匙串不可用：%1</translation>
    </message>
    <message>
        <source>Client secret of %1: </source>
        <translation>%1 的客户端密钥: </translation>
    </message>
    <message>
        <source>This grant needs the app&apos;s client secret: save it in the console, set LOFTY_CLIENT_SECRET, or type it at the prompt.</source>
        <translation>此授权方式需要应用的客户端密钥：请在控制台中保存，或设置 LOFTY_CLIENT_SECRET，或在提示时输入。</translation>
    </message>
    <message>
        <source>Open this URL in a browser to authorize:</source>
        <translation>在浏览器中打开此 URL 以进行授权：</translation>
    </message>
    <message>
        <source>Opened the browser.</source>
        <translation>已打开浏览器。</translation>
    </message>
    <message numerus="yes">
        <source>Waiting for the browser to come back (at most %n second(s))...</source>
        <translation>
            <numerusform>正在等待浏览器返回（最多 %n 秒）...</numerusform>
        </translation>
    </message>
    <message>
        <source>Another authorization is running.</source>
        <translation>另一个授权正在进行。</translation>
    </message>
    <message numerus="yes">
        <source>No answer within %n second(s); the authorization was cancelled.</source>
        <translation>
            <numerusform>%n 秒内无应答；授权已取消。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not authorized: %1</source>
        <translation>未授权：%1</translation>
    </message>
    <message>
        <source>--timeout needs a number of seconds from 1 to %1.</source>
        <translation>--timeout 需要 1 到 %1 之间的秒数。</translation>
    </message>
    <message>
        <source>The account was authorized but could not be saved in %1: %2</source>
        <translation>账号已授权，但无法保存到 %1：%2</translation>
    </message>
</context>
<context>
    <name>CliCatalogCommand</name>
    <message>
        <source>List the profile&apos;s API operations, or update them from an OpenAPI document.</source>
        <translation>列出配置的 API 操作，或根据 OpenAPI 文档更新它们。</translation>
    </message>
    <message>
        <source>list or update.</source>
        <translation>list 或 update。</translation>
    </message>
    <message>
        <source>  list                  every operation: method, path, API, summary
  update FILE|URL       import an OpenAPI 3.0/3.1 JSON document as the profile&apos;s catalog
                        (for Lofty: https://developer.lofty.com/openapi/openapi.json);
                        an unusable document changes nothing and exits with 2</source>
        <translation>  list                  所有操作：方法、路径、API、摘要
  update FILE|URL       导入 OpenAPI 3.0/3.1 JSON 文档作为配置的目录
                        （Lofty 的文档：https://developer.lofty.com/openapi/openapi.json）；
                        文档不可用时不做任何更改，并以退出状态 2 退出</translation>
    </message>
    <message>
        <source>Too many arguments.</source>
        <translation>参数过多。</translation>
    </message>
    <message>
        <source>Name the OpenAPI document: a file or an http(s) URL.</source>
        <translation>请指定 OpenAPI 文档：文件或 http(s) URL。</translation>
    </message>
    <message>
        <source>Unknown action &quot;%1&quot;.</source>
        <translation>未知操作“%1”。</translation>
    </message>
    <message>
        <source>METHOD</source>
        <translation>方法</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>路径</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>SUMMARY</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>The catalog was not changed: %1</source>
        <translation>目录未更改：%1</translation>
    </message>
    <message>
        <source>Catalog updated: %1 operations (%2).</source>
        <translation>目录已更新：%1 个操作（%2）。</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB; the catalog was not changed.</source>
        <translation>%1 大于 %2 MB；目录未更改。</translation>
    </message>
    <message>
        <source>%1 could not be downloaded (HTTP %2): %3; the catalog was not changed.</source>
        <translation>无法下载 %1（HTTP %2）：%3；目录未更改。</translation>
    </message>
</context>
<context>
    <name>CliCollectionsCommand</name>
    <message>
        <source>Import a Postman v2.1 collection as a collection folder.</source>
        <translation>将 Postman v2.1 集合导入为集合文件夹。</translation>
    </message>
    <message>
        <source>Usage: lofty-console-cli collections import-postman FILE DIR
Run `lofty-console-cli collections import-postman --help` for its options.
</source>
        <translation>用法：lofty-console-cli collections import-postman FILE DIR
运行 `lofty-console-cli collections import-postman --help` 查看其选项。
</translation>
    </message>
    <message>
        <source>Unknown action &quot;%1&quot;: use import-postman.</source>
        <translation>未知操作“%1”：请使用 import-postman。</translation>
    </message>
    <message>
        <source>The Postman collection export (v2.1 JSON).</source>
        <translation>Postman 集合导出文件（v2.1 JSON）。</translation>
    </message>
    <message>
        <source>A new folder for the collection.</source>
        <translation>用于存放集合的新文件夹。</translation>
    </message>
    <message>
        <source>Requests keep Postman&apos;s order (file names start with 01-, 02-, ...); {{variables}} stay;
auth blocks and Authorization headers are dropped: runs use the selected account&apos;s credentials.
Secret values become secret variables (kept in the keychain, never in the files).
Example: lofty-console-cli collections import-postman Lofty.postman_collection.json ./lofty</source>
        <translation>请求保持 Postman 中的顺序（文件名以 01-、02-、... 开头）；{{variables}} 保持不变；
auth 块和 Authorization 标头会被丢弃：运行时使用所选账号的凭据。
机密值会变为机密变量（保存在钥匙串中，绝不写入文件）。
示例：lofty-console-cli collections import-postman Lofty.postman_collection.json ./lofty</translation>
    </message>
    <message>
        <source>Give the export file and a new folder, e.g. `collections import-postman export.json ./my-collection`.</source>
        <translation>请指定导出文件和一个新文件夹，例如 `collections import-postman export.json ./my-collection`。</translation>
    </message>
    <message numerus="yes">
        <source>Imported &quot;%1&quot;: %n request(s) in %2.</source>
        <translation>
            <numerusform>已导入“%1”：%2 中有 %n 个请求。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CliCommand</name>
    <message>
        <source>Show this help.</source>
        <translation>显示此帮助。</translation>
    </message>
    <message>
        <source>Usage: lofty-console-cli %1</source>
        <translation>用法：lofty-console-cli %1</translation>
    </message>
    <message>
        <source>Try &apos;lofty-console-cli %1 --help&apos;.</source>
        <translation>请尝试 &apos;lofty-console-cli %1 --help&apos;。</translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>The profile, by id or name (default: $LOFTY_PROFILE, else the console&apos;s current profile).</source>
        <translation>配置，按 ID 或名称指定（默认：$LOFTY_PROFILE，否则为控制台的当前配置）。</translation>
    </message>
    <message>
        <source>profile</source>
        <translation>配置</translation>
    </message>
    <message>
        <source>The account, by id, label or e-mail (default: $LOFTY_ACCOUNT, else the profile&apos;s first).</source>
        <translation>账号，按 ID、标签或电子邮件指定（默认：$LOFTY_ACCOUNT，否则为配置中的第一个账号）。</translation>
    </message>
    <message>
        <source>account</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>以 JSON 格式打印结果。</translation>
    </message>
    <message>
        <source>Print tables without their header line.</source>
        <translation>打印表格时不带表头行。</translation>
    </message>
    <message>
        <source>Print no progress on stderr.</source>
        <translation>不在 stderr 上打印进度。</translation>
    </message>
    <message>
        <source>There is no profile &quot;%1&quot;. See `lofty-console-cli profiles list`.</source>
        <translation>不存在配置“%1”。请参阅 `lofty-console-cli profiles list`。</translation>
    </message>
    <message>
        <source>the keychain did not answer in time.</source>
        <translation>钥匙串未能及时应答。</translation>
    </message>
    <message>
        <source>The keychain is unavailable, and secrets are never written in plain text: %1</source>
        <translation>钥匙串不可用，而机密绝不会以明文写入：%1</translation>
    </message>
    <message>
        <source>Start a Secret Service (e.g. gnome-keyring) in this session and unlock it, then try again.</source>
        <translation>请在此会话中启动 Secret Service（例如 gnome-keyring）并将其解锁，然后重试。</translation>
    </message>
    <message>
        <source>Using the client secret from LOFTY_CLIENT_SECRET for this run.</source>
        <translation>本次运行使用 LOFTY_CLIENT_SECRET 中的客户端密钥。</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; has no account yet. Run `lofty-console-cli authorize`.</source>
        <translation>配置“%1”还没有账号。请运行 `lofty-console-cli authorize`。</translation>
    </message>
    <message>
        <source>Sandbox (not the real Lofty): the built-in sandbox runs inside this command only.</source>
        <translation>沙盒（不是真实的 Lofty）：内置沙盒仅在此命令内运行。</translation>
    </message>
    <message>
        <source>The keychain is unavailable: %1</source>
        <translation>钥匙串不可用：%1</translation>
    </message>
    <message>
        <source>The keychain did not give the account&apos;s secrets in time.</source>
        <translation>钥匙串未能及时提供该账号的机密。</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; cannot be used: %2</source>
        <translation>无法使用账号“%1”：%2</translation>
    </message>
    <message>
        <source>Authorize it again with `lofty-console-cli authorize`.</source>
        <translation>请使用 `lofty-console-cli authorize` 重新授权。</translation>
    </message>
    <message>
        <source>The keychain did not keep the new secrets: %1</source>
        <translation>钥匙串未能保存新的机密：%1</translation>
    </message>
    <message>
        <source>it did not answer in time.</source>
        <translation>它未能及时应答。</translation>
    </message>
    <message>
        <source>The keychain refused a change: %1</source>
        <translation>钥匙串拒绝了更改：%1</translation>
    </message>
</context>
<context>
    <name>CliDispatcher</name>
    <message>
        <source>Usage: lofty-console-cli [global options] &lt;command&gt; [options]

The Lofty Developer Console from the terminal: the same profiles, accounts, keychain-held
tokens, rate limits and request history as the console.

Commands:
</source>
        <translation>用法：lofty-console-cli [全局选项] &lt;命令&gt; [选项]

终端中的 Lofty 开发者控制台：与控制台相同的配置、账号、保存在钥匙串中的
令牌、速率限制和请求历史。

命令：
</translation>
    </message>
    <message>
        <source>
Run `lofty-console-cli &lt;command&gt; --help` for a command&apos;s options.

Global options (before or after the command):
  -p, --profile &lt;profile&gt;   profile id or name (default: $LOFTY_PROFILE, else the current one)
  -a, --account &lt;account&gt;   account id, label or e-mail (default: $LOFTY_ACCOUNT, else the first)
  --json                    results as JSON
  --no-header               tables without the header line
  -q, --quiet               no progress on stderr
  -h, --help                this help
  -V, --version             the version

Output: results on stdout; progress, status and errors on stderr. Tables are aligned on a
terminal and tab-separated when piped.

Secrets are never arguments: they come from the keychain, from lofty-cli&apos;s environment
variables (LOFTY_CLIENT_SECRET, LOFTY_CUSTOMER_KEY, LOFTY_API_KEY, LOFTY_ACCESS_TOKEN,
LOFTY_REFRESH_TOKEN) or from a prompt without echo.

Exit status:
  0  success
  1  the request or the API failed (HTTP or Lofty error, token endpoint error, file not written)
  2  usage error: bad arguments, a missing or unusable input
  3  not found: no such profile or account
  4  authorization needed: no usable token, refresh refused, authorization denied
  5  keychain unavailable (secrets are never written in plain text)
  6  network error or timeout
</source>
        <translation>
运行 `lofty-console-cli &lt;命令&gt; --help` 查看某个命令的选项。

全局选项（可放在命令之前或之后）：
  -p, --profile &lt;profile&gt;   配置 ID 或名称（默认：$LOFTY_PROFILE，否则为当前配置）
  -a, --account &lt;account&gt;   账号 ID、标签或电子邮件（默认：$LOFTY_ACCOUNT，否则为第一个账号）
  --json                    以 JSON 格式输出结果
  --no-header               表格不带表头行
  -q, --quiet               不在 stderr 上输出进度
  -h, --help                显示此帮助
  -V, --version             显示版本

输出：结果输出到 stdout；进度、状态和错误输出到 stderr。在终端中表格按列对齐，
通过管道输出时以制表符分隔。

机密绝不作为参数传递：它们来自钥匙串、lofty-cli 的环境变量
（LOFTY_CLIENT_SECRET、LOFTY_CUSTOMER_KEY、LOFTY_API_KEY、LOFTY_ACCESS_TOKEN、
LOFTY_REFRESH_TOKEN）或不回显的提示输入。

退出状态：
  0  成功
  1  请求或 API 失败（HTTP 或 Lofty 错误、令牌端点错误、文件未写入）
  2  用法错误：参数错误，输入缺失或不可用
  3  未找到：不存在该配置或账号
  4  需要授权：没有可用的令牌、刷新被拒绝、授权被拒绝
  5  钥匙串不可用（机密绝不会以明文写入）
  6  网络错误或超时
</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>显示此帮助。</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>显示版本。</translation>
    </message>
    <message>
        <source>Try &apos;lofty-console-cli --help&apos;.</source>
        <translation>请尝试 &apos;lofty-console-cli --help&apos;。</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>未知命令“%1”。</translation>
    </message>
</context>
<context>
    <name>CliEnvironmentImport</name>
    <message>
        <source>Lofty (from lofty-cli)</source>
        <translation>Lofty（来自 lofty-cli）</translation>
    </message>
    <message>
        <source>LOFTY_BASE_URL &quot;%1&quot; is not an http or https URL; the default API base was kept.</source>
        <translation>LOFTY_BASE_URL“%1”不是 http 或 https URL；已保留默认的 API 基址。</translation>
    </message>
    <message>
        <source>API base and token URL from LOFTY_BASE_URL (%1).</source>
        <translation>API 基址和令牌 URL 取自 LOFTY_BASE_URL（%1）。</translation>
    </message>
    <message>
        <source>Client id from LOFTY_CLIENT_ID (%1).</source>
        <translation>客户端 ID 取自 LOFTY_CLIENT_ID（%1）。</translation>
    </message>
    <message>
        <source>Client secret from LOFTY_CLIENT_SECRET (%1).</source>
        <translation>客户端密钥取自 LOFTY_CLIENT_SECRET（%1）。</translation>
    </message>
    <message>
        <source>lofty-cli customer key</source>
        <translation>lofty-cli 客户密钥</translation>
    </message>
    <message>
        <source>Customer key from LOFTY_CUSTOMER_KEY (%1), for the client credentials grant.</source>
        <translation>客户密钥取自 LOFTY_CUSTOMER_KEY（%1），用于客户端凭据授权方式。</translation>
    </message>
    <message>
        <source>LOFTY_CUSTOMER_KEY is set but LOFTY_CLIENT_SECRET is not: the client credentials grant needs both.</source>
        <translation>已设置 LOFTY_CUSTOMER_KEY，但未设置 LOFTY_CLIENT_SECRET：客户端凭据授权方式需要两者。</translation>
    </message>
    <message>
        <source>lofty-cli access token</source>
        <translation>lofty-cli 访问令牌</translation>
    </message>
    <message>
        <source>Access token from LOFTY_ACCESS_TOKEN (%1).</source>
        <translation>访问令牌取自 LOFTY_ACCESS_TOKEN（%1）。</translation>
    </message>
    <message>
        <source>Access token from LOFTY_ACCESS_TOKEN (%1) and refresh token from LOFTY_REFRESH_TOKEN (%2).</source>
        <translation>访问令牌取自 LOFTY_ACCESS_TOKEN（%1），刷新令牌取自 LOFTY_REFRESH_TOKEN（%2）。</translation>
    </message>
    <message>
        <source>LOFTY_REFRESH_TOKEN is set without LOFTY_ACCESS_TOKEN; it was not imported.</source>
        <translation>设置了 LOFTY_REFRESH_TOKEN 但未设置 LOFTY_ACCESS_TOKEN；未导入。</translation>
    </message>
</context>
<context>
    <name>CliOutput</name>
    <message>
        <source>lofty-console-cli: warning: %1</source>
        <translation>lofty-console-cli: 警告：%1</translation>
    </message>
    <message>
        <source>lofty-console-cli: error: %1</source>
        <translation>lofty-console-cli: 错误：%1</translation>
    </message>
</context>
<context>
    <name>CliProfilesCommand</name>
    <message>
        <source>(built-in sandbox, at run time)</source>
        <translation>（内置沙盒，运行时确定）</translation>
    </message>
    <message>
        <source>List, show, select, import and export profiles (never secrets).</source>
        <translation>列出、显示、选择、导入和导出配置（绝不包含机密）。</translation>
    </message>
    <message>
        <source>list, show, use, import or export.</source>
        <translation>list、show、use、import 或 export。</translation>
    </message>
    <message>
        <source>export: write to this file instead of stdout.</source>
        <translation>export：写入此文件而不是 stdout。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>import: build the profile from lofty-cli&apos;s LOFTY_* variables; their secrets go to the keychain.</source>
        <translation>import：根据 lofty-cli 的 LOFTY_* 变量构建配置；其中的机密存入钥匙串。</translation>
    </message>
    <message>
        <source>Too many arguments.</source>
        <translation>参数过多。</translation>
    </message>
    <message>
        <source>Name the profile to use.</source>
        <translation>请指定要使用的配置。</translation>
    </message>
    <message>
        <source>Name the file to import (or - for stdin, or --from-env).</source>
        <translation>请指定要导入的文件（或用 - 表示 stdin，或使用 --from-env）。</translation>
    </message>
    <message>
        <source>Unknown action &quot;%1&quot;.</source>
        <translation>未知操作“%1”。</translation>
    </message>
    <message>
        <source>CURRENT</source>
        <translation>当前</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>CLIENT ID</source>
        <translation>客户端 ID</translation>
    </message>
    <message>
        <source>API BASE</source>
        <translation>API 基址</translation>
    </message>
    <message>
        <source>ACCOUNTS</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Sandbox (not the real Lofty)</source>
        <translation>沙盒（不是真实的 Lofty）</translation>
    </message>
    <message>
        <source>custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <source>Authorize URL</source>
        <translation>授权 URL</translation>
    </message>
    <message>
        <source>Token URL</source>
        <translation>令牌 URL</translation>
    </message>
    <message>
        <source>API base URL</source>
        <translation>API 基址 URL</translation>
    </message>
    <message>
        <source>Client authentication</source>
        <translation>客户端认证</translation>
    </message>
    <message>
        <source>App</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Client id</source>
        <translation>客户端 ID</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>模式</translation>
    </message>
    <message>
        <source>Rate limit</source>
        <translation>速率限制</translation>
    </message>
    <message>
        <source>%1 requests/min</source>
        <translation>%1 次请求/分钟</translation>
    </message>
    <message>
        <source>Redirect URIs</source>
        <translation>重定向 URI</translation>
    </message>
    <message>
        <source>Granted APIs</source>
        <translation>已授予的 API</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Current profile: %1</source>
        <translation>当前配置：%1</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a usable profile:</source>
        <translation>%1 不是可用的配置：</translation>
    </message>
    <message>
        <source>Imported profile &quot;%1&quot;.</source>
        <translation>已导入配置“%1”。</translation>
    </message>
    <message>
        <source>None of %1 is set.</source>
        <translation>%1 均未设置。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Exported &quot;%1&quot; to %2 (no secrets, no accounts).</source>
        <translation>已将“%1”导出到 %2（不含机密和账号）。</translation>
    </message>
    <message>
        <source>import, create: make the new profile the current one.</source>
        <translation>import、create：将新配置设为当前配置。</translation>
    </message>
    <message>
        <source>create: lofty, lofty-help-center, sandbox or oauth2 (default lofty).</source>
        <translation>create：lofty、lofty-help-center、sandbox 或 oauth2（默认为 lofty）。</translation>
    </message>
    <message>
        <source>preset</source>
        <translation>预设</translation>
    </message>
    <message>
        <source>  list                  every profile (id, name, kind, client id, API base, accounts)
  show [PROFILE]        endpoints and app registration of one profile
  use PROFILE           make PROFILE the current one (console and CLI)
  create NAME [--preset P]  a new profile from a preset (lofty, lofty-help-center,
                        sandbox, oauth2)
  set PROFILE KEY VALUE one setting, checked (`profiles set` alone lists the keys)
  import FILE|-         a profile exported by the console or `profiles export`
  import --from-env     a profile from LOFTY_BASE_URL, LOFTY_CLIENT_ID, ...
  export [PROFILE]      the shareable setup as JSON (no secrets, no accounts)</source>
        <translation>  list                  所有配置（ID、名称、类型、客户端 ID、API 基址、账号）
  show [PROFILE]        某个配置的端点和应用注册信息
  use PROFILE           将 PROFILE 设为当前配置（控制台和 CLI）
  create NAME [--preset P]  基于预设新建配置（lofty、lofty-help-center、
                        sandbox、oauth2）
  set PROFILE KEY VALUE 设置一项并校验（单独运行 `profiles set` 会列出所有键）
  import FILE|-         导入由控制台或 `profiles export` 导出的配置
  import --from-env     根据 LOFTY_BASE_URL、LOFTY_CLIENT_ID 等创建配置
  export [PROFILE]      以 JSON 格式导出可共享的设置（不含机密，不含账号）</translation>
    </message>
    <message>
        <source>Usage: profiles set PROFILE KEY VALUE; keys: %1.</source>
        <translation>用法：profiles set PROFILE KEY VALUE；可用的键：%1。</translation>
    </message>
    <message>
        <source>Name the new profile.</source>
        <translation>请为新配置命名。</translation>
    </message>
    <message>
        <source>Unknown preset &quot;%1&quot;; the presets are: %2.</source>
        <translation>未知预设“%1”；可用预设：%2。</translation>
    </message>
    <message>
        <source>Created profile &quot;%1&quot; from the %2 preset.</source>
        <translation>已从 %2 预设创建配置“%1”。</translation>
    </message>
    <message>
        <source>%1: the built-in sandbox&apos;s endpoints are set at run time.</source>
        <translation>%1：内置沙盒的端点在运行时设置。</translation>
    </message>
    <message>
        <source>%1 of &quot;%2&quot; set.</source>
        <translation>已设置“%2”的 %1。</translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; exists already; the import is a new profile named &quot;%2&quot;.</source>
        <translation>名为“%1”的配置已存在；导入的配置将新建为“%2”。</translation>
    </message>
</context>
<context>
    <name>CliRequestCommand</name>
    <message>
        <source>Call the API as the selected account (body on stdout, status on stderr).</source>
        <translation>以所选账号的身份调用 API（响应体输出到 stdout，状态输出到 stderr）。</translation>
    </message>
    <message>
        <source>GET, POST, PUT, PATCH, DELETE, HEAD or OPTIONS.</source>
        <translation>GET、POST、PUT、PATCH、DELETE、HEAD 或 OPTIONS。</translation>
    </message>
    <message>
        <source>An API path such as /v1.0/me, or a full URL.</source>
        <translation>API 路径（如 /v1.0/me）或完整 URL。</translation>
    </message>
    <message>
        <source>A query parameter (repeatable).</source>
        <translation>查询参数（可重复）。</translation>
    </message>
    <message>
        <source>key=value</source>
        <translation>键=值</translation>
    </message>
    <message>
        <source>A request header (repeatable).</source>
        <translation>请求头（可重复）。</translation>
    </message>
    <message>
        <source>name:value</source>
        <translation>名称:值</translation>
    </message>
    <message>
        <source>The JSON body: inline, @file, or @- for stdin.</source>
        <translation>JSON 请求体：内联文本、@文件，或用 @- 表示 stdin。</translation>
    </message>
    <message>
        <source>json</source>
        <translation>json</translation>
    </message>
    <message>
        <source>Indent a JSON response (numbers stay exact).</source>
        <translation>缩进 JSON 响应（数字保持原样）。</translation>
    </message>
    <message>
        <source>Print the response headers on stderr.</source>
        <translation>在 stderr 上打印响应头。</translation>
    </message>
    <message>
        <source>Give up when no data arrives for this many seconds (default %1).</source>
        <translation>超过该秒数仍无数据到达时放弃（默认 %1）。</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>秒数</translation>
    </message>
    <message>
        <source>The account&apos;s credentials are added (refreshed first when needed); the app&apos;s rate limit is kept
(requests wait instead of being answered 429). Every exchange goes to the history the console shows.
Example: lofty-console-cli request GET /v1.0/leads --query limit=10 --pretty</source>
        <translation>自动添加账号的凭据（必要时先刷新）；遵守应用的速率限制
（请求会等待，而不是收到 429 应答）。每次交互都会记入控制台显示的历史记录。
示例：lofty-console-cli request GET /v1.0/leads --query limit=10 --pretty</translation>
    </message>
    <message>
        <source>Give the method and the path, e.g. `request GET /v1.0/me`.</source>
        <translation>请给出方法和路径，例如 `request GET /v1.0/me`。</translation>
    </message>
    <message>
        <source>Unknown method &quot;%1&quot;.</source>
        <translation>未知方法“%1”。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a path starting with / nor an http(s) URL.</source>
        <translation>“%1”既不是以 / 开头的路径，也不是 http(s) URL。</translation>
    </message>
    <message>
        <source>--query needs key=value, not &quot;%1&quot;.</source>
        <translation>--query 需要 key=value 形式，而不是“%1”。</translation>
    </message>
    <message>
        <source>--header needs name:value, not &quot;%1&quot;.</source>
        <translation>--header 需要 name:value 形式，而不是“%1”。</translation>
    </message>
    <message>
        <source>The account&apos;s credentials are added for you; secrets are never arguments.</source>
        <translation>账号的凭据会自动添加；机密绝不作为参数传递。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>--data is not JSON: %1</source>
        <translation>--data 不是 JSON：%1</translation>
    </message>
    <message numerus="yes">
        <source>Waiting %n second(s) for the app&apos;s rate limit...</source>
        <translation>
            <numerusform>为遵守应用的速率限制，等待 %n 秒...</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rate limited (%1): waiting %n second(s).</source>
        <translation>
            <numerusform>触发速率限制（%1）：等待 %n 秒。</numerusform>
        </translation>
    </message>
    <message>
        <source>The request did not finish in time.</source>
        <translation>请求未能及时完成。</translation>
    </message>
    <message>
        <source>HTTP %1 %2</source>
        <translation>HTTP %1 %2</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>无应答</translation>
    </message>
    <message>
        <source> · %1 ms · %2 bytes</source>
        <translation> · %1 ms · %2 字节</translation>
    </message>
    <message>
        <source> · waited %1 ms</source>
        <translation> · 等待了 %1 ms</translation>
    </message>
    <message>
        <source> · rate limit: %1 of %2 left</source>
        <translation> · 速率限制：剩余 %1（共 %2）</translation>
    </message>
    <message>
        <source>--timeout needs a number of seconds from 1 to %1.</source>
        <translation>--timeout 需要 1 到 %1 之间的秒数。</translation>
    </message>
    <message>
        <source>The body is nested too deeply to indent; it is printed as received.</source>
        <translation>响应体嵌套过深，无法缩进；按接收到的原样输出。</translation>
    </message>
    <message>
        <source>Fetch every page of a list and print all items as one array.</source>
        <translation>获取列表的所有页面，并将所有项作为一个数组输出。</translation>
    </message>
    <message>
        <source>With --all-pages: one item per line (JSON lines).</source>
        <translation>与 --all-pages 一起使用时：每行一项（JSON lines）。</translation>
    </message>
</context>
<context>
    <name>CliRunCommand</name>
    <message>
        <source>Run a collection (or a folder or request of it) with its checks; exit 1 on a failure.</source>
        <translation>运行集合（或其中的文件夹或请求）并执行其检查；失败时以退出码 1 退出。</translation>
    </message>
    <message>
        <source>A collection folder, a folder inside it, or one request file.</source>
        <translation>集合文件夹、其中的某个文件夹，或单个请求文件。</translation>
    </message>
    <message>
        <source>The collection environment to use.</source>
        <translation>要使用的集合环境。</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Also write the results as JUnit XML.</source>
        <translation>同时将结果写入 JUnit XML 文件。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Requests run in file-name order, one after the other, as the selected account; captures set
variables for the requests that follow; the app&apos;s rate limit is kept (no 429s).
Secret variables come from the keychain, or from %1&lt;name&gt; environment variables.
Example: lofty-console-cli run ./lofty-collection --env sandbox --junit results.xml</source>
        <translation>请求按文件名顺序逐个运行，以所选账号身份发送；捕获会为后续请求设置
变量；遵守应用的速率限制（不会出现 429）。
机密变量来自钥匙串，或来自 %1&lt;name&gt; 环境变量。
示例：lofty-console-cli run ./lofty-collection --env sandbox --junit results.xml</translation>
    </message>
    <message>
        <source>Give one collection path, e.g. `run ./my-collection`.</source>
        <translation>请提供一个集合路径，例如 `run ./my-collection`。</translation>
    </message>
    <message>
        <source>Some request files cannot be read:
%1</source>
        <translation>部分请求文件无法读取：
%1</translation>
    </message>
    <message>
        <source>%1 holds no request.</source>
        <translation>%1 中没有请求。</translation>
    </message>
    <message>
        <source>The run did not finish in time.</source>
        <translation>运行未能及时完成。</translation>
    </message>
    <message>
        <source>%1 passed, %2 failed</source>
        <translation>%1 个通过，%2 个失败</translation>
    </message>
    <message>
        <source>Cannot read the secret variables from the keychain: %1</source>
        <translation>无法从钥匙串读取机密变量：%1</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>无响应</translation>
    </message>
    <message>
        <source>No value stored for the secret variable(s) %1 (set %2&lt;name&gt; to give one).</source>
        <translation>机密变量 %1 没有存储值（设置 %2&lt;name&gt; 以提供值）。</translation>
    </message>
    <message>
        <source>PASS</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>  %1  %2 ms</source>
        <translation>  %1  %2 ms</translation>
    </message>
</context>
<context>
    <name>CliSandboxCommand</name>
    <message>
        <source>Run the built-in Lofty sandbox (same options as lofty-sandbox).</source>
        <translation>运行内置的 Lofty 沙盒（选项与 lofty-sandbox 相同）。</translation>
    </message>
</context>
<context>
    <name>CliScopesCommand</name>
    <message>
        <source>What the app may call, API by API (--probe to ask the server now).</source>
        <translation>应用可以调用哪些 API，逐个列出（使用 --probe 立即询问服务器）。</translation>
    </message>
    <message>
        <source>Send one safe GET per API as the selected account (paced by the rate limit).</source>
        <translation>以所选账号身份对每个 API 发送一个安全的 GET 请求（按速率限制控制节奏）。</translation>
    </message>
    <message>
        <source>Lofty&apos;s tokens say only scope=openApi, so the matrix comes from the registration&apos;s granted APIs,
from what the history has seen (allowed, or refused with 403 200100) and from the probe.
Columns: API, GROUP, GRANTED (registration), ALLOWED and REFUSED (history), PROBE, EFFECTIVE.</source>
        <translation>Lofty 的令牌只标明 scope=openApi，因此该矩阵来自注册信息中已授予的 API、
历史记录中见到的情况（允许，或以 403 200100 拒绝）以及探测结果。
列：API、分组、已授予（注册信息）、已允许和已拒绝（历史记录）、探测、实际生效。</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>意外的参数“%1”。</translation>
    </message>
    <message>
        <source>The history could not be read: %1</source>
        <translation>无法读取历史记录：%1</translation>
    </message>
    <message>
        <source>Probed %1 of %2 APIs</source>
        <translation>已探测 %1/%2 个 API</translation>
    </message>
    <message>
        <source>The probe did not finish in time.</source>
        <translation>探测未能及时完成。</translation>
    </message>
    <message>
        <source>Every probe failed (see the PROBE column); the account may need authorizing again.</source>
        <translation>所有探测均失败（见“探测”列）；该账号可能需要重新授权。</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>GROUP</source>
        <translation>分组</translation>
    </message>
    <message>
        <source>GRANTED</source>
        <translation>已授予</translation>
    </message>
    <message>
        <source>ALLOWED</source>
        <translation>已允许</translation>
    </message>
    <message>
        <source>REFUSED</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>PROBE</source>
        <translation>探测</translation>
    </message>
    <message>
        <source>EFFECTIVE</source>
        <translation>实际生效</translation>
    </message>
</context>
<context>
    <name>CliTokenCommand</name>
    <message>
        <source>Print, show, refresh or forget the selected account&apos;s token.</source>
        <translation>打印、显示、刷新或移除所选账号的令牌。</translation>
    </message>
    <message>
        <source>print, show, refresh or forget.</source>
        <translation>print、show、refresh 或 forget。</translation>
    </message>
    <message>
        <source>print: the whole Authorization header value (&quot;Bearer …&quot; or &quot;token …&quot;).</source>
        <translation>print：完整的 Authorization 头的值（&quot;Bearer …&quot; 或 &quot;token …&quot;）。</translation>
    </message>
    <message>
        <source>  print     a valid access token on stdout (refreshed first when needed):
            curl -H &quot;Authorization: Bearer $(lofty-console-cli token print)&quot; …
  show      what is known about the token, secrets masked (--json)
  refresh   refresh now (refresh_token grant, or a new client-credentials token)
  forget    remove the account and its secrets from the keychain</source>
        <translation>  print     在 stdout 上输出有效的访问令牌（必要时先刷新）：
            curl -H &quot;Authorization: Bearer $(lofty-console-cli token print)&quot; …
  show      令牌的已知信息，机密已掩码（--json）
  refresh   立即刷新（refresh_token 授权方式，或获取新的客户端凭据令牌）
  forget    从钥匙串中删除该账号及其机密</translation>
    </message>
    <message>
        <source>Name the action: print, show, refresh or forget.</source>
        <translation>请指定操作：print、show、refresh 或 forget。</translation>
    </message>
    <message>
        <source>Too many arguments.</source>
        <translation>参数过多。</translation>
    </message>
    <message>
        <source>Unknown action &quot;%1&quot;.</source>
        <translation>未知操作“%1”。</translation>
    </message>
    <message>
        <source>Authorize the account again with `lofty-console-cli authorize`.</source>
        <translation>请使用 `lofty-console-cli authorize` 重新授权该账号。</translation>
    </message>
    <message>
        <source>The token endpoint did not answer in time.</source>
        <translation>令牌端点未能及时应答。</translation>
    </message>
    <message>
        <source>this account holds an API key: send it as &quot;Authorization: token &lt;key&gt;&quot; (or use --header).</source>
        <translation>此账号持有 API 密钥：请以 &quot;Authorization: token &lt;key&gt;&quot; 形式发送（或使用 --header）。</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>配置</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Grant</source>
        <translation>授权方式</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Token type</source>
        <translation>令牌类型</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Scope</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>访问令牌</translation>
    </message>
    <message>
        <source>Obtained</source>
        <translation>获取时间</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>过期时间</translation>
    </message>
    <message>
        <source>%1 (in %2 s)</source>
        <translation>%1（%2 秒后）</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Refresh token</source>
        <translation>刷新令牌</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Refresh token age</source>
        <translation>刷新令牌已存在时长</translation>
    </message>
    <message>
        <source>JWT</source>
        <translation>JWT</translation>
    </message>
    <message>
        <source>alg %1, sub %2, iss %3 (%4)</source>
        <translation>alg %1，sub %2，iss %3（%4）</translation>
    </message>
    <message>
        <source>Refreshed. The new token expires at %1.</source>
        <translation>已刷新。新令牌将于 %1 过期。</translation>
    </message>
    <message>
        <source>Forgot the account &quot;%1&quot; and removed its secrets from the keychain.</source>
        <translation>已移除账号“%1”，并从钥匙串中删除了其机密。</translation>
    </message>
    <message>
        <source>The account has no usable credentials.</source>
        <translation>该账号没有可用的凭据。</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) (the provider keeps them %1 days)</source>
        <translation>
            <numerusform>%n 天（提供方保留 %1 天）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CliWebhooksCommand</name>
    <message>
        <source>List, create and delete webhook subscriptions; listen for deliveries on 127.0.0.1.</source>
        <translation>列出、创建和删除 Webhook 订阅；在 127.0.0.1 上监听投递。</translation>
    </message>
    <message>
        <source>Prints GET /v1.0/webhooks for the selected account.</source>
        <translation>输出所选账号的 GET /v1.0/webhooks 结果。</translation>
    </message>
    <message>
        <source>Usage: lofty-console-cli webhooks list|create|delete|listen [options]
Run `lofty-console-cli webhooks &lt;action&gt; --help` for an action&apos;s options.
</source>
        <translation>用法：lofty-console-cli webhooks list|create|delete|listen [选项]
运行 `lofty-console-cli webhooks &lt;action&gt; --help` 查看某个操作的选项。
</translation>
    </message>
    <message>
        <source>Unknown action &quot;%1&quot;: use list, create, delete or listen.</source>
        <translation>未知操作“%1”：请使用 list、create、delete 或 listen。</translation>
    </message>
    <message>
        <source>The event list, 1-12 (2 Lead Info, 3 Lead Activity ...).</source>
        <translation>事件列表，1-12（2 Lead Info，3 Lead Activity ...）。</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>The callback URL (https://).</source>
        <translation>回调 URL（https://）。</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>1-5000 (default %1).</source>
        <translation>1-5000（默认 %1）。</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>0 or 1 (default 0).</source>
        <translation>0 或 1（默认 0）。</translation>
    </message>
    <message>
        <source>mode</source>
        <translation>模式</translation>
    </message>
    <message>
        <source>Lofty takes https:// callbacks only; the Sandbox profile also takes http://127.0.0.1.
Example: lofty-console-cli webhooks create --list 2 --callback http://127.0.0.1:8787/lofty/webhook/2</source>
        <translation>Lofty 仅接受 https:// 回调；Sandbox 配置也接受 http://127.0.0.1。
示例：lofty-console-cli webhooks create --list 2 --callback http://127.0.0.1:8787/lofty/webhook/2</translation>
    </message>
    <message>
        <source>--list, --limit and --permission-mode take whole numbers.</source>
        <translation>--list、--limit 和 --permission-mode 只接受整数。</translation>
    </message>
    <message>
        <source>The subscription&apos;s id (webhooks list).</source>
        <translation>订阅的 ID（见 webhooks list）。</translation>
    </message>
    <message>
        <source>Give one subscription id (a number), e.g. `webhooks delete 9007199254780993`.</source>
        <translation>请提供一个订阅 ID（数字），例如 `webhooks delete 9007199254780993`。</translation>
    </message>
    <message>
        <source>The port on 127.0.0.1 (default 0: any free one).</source>
        <translation>127.0.0.1 上的端口（默认 0：任意空闲端口）。</translation>
    </message>
    <message>
        <source>Also post each delivery to this loopback URL.</source>
        <translation>同时将每次投递转发到此环回 URL。</translation>
    </message>
    <message>
        <source>Listens on 127.0.0.1 only and prints each delivery as one JSON line on stdout until Ctrl+C.
For Lofty, run a tunnel that gives a public https:// address for this port and subscribe with it.</source>
        <translation>仅在 127.0.0.1 上监听，并将每次投递以一行 JSON 输出到 stdout，直到按下 Ctrl+C。
对于 Lofty，请运行一个为此端口提供公共 https:// 地址的隧道，并用该地址订阅。</translation>
    </message>
    <message>
        <source>--port takes a number from 0 to 65535.</source>
        <translation>--port 接受 0 到 65535 之间的数字。</translation>
    </message>
    <message>
        <source>Forwarded to %1: HTTP %2</source>
        <translation>已转发到 %1：HTTP %2</translation>
    </message>
    <message>
        <source>Refused a delivery (%1): %2</source>
        <translation>已拒绝一次投递（%1）：%2</translation>
    </message>
    <message>
        <source>Listening on %1 (127.0.0.1 only; Ctrl+C stops).</source>
        <translation>正在监听 %1（仅限 127.0.0.1；按 Ctrl+C 停止）。</translation>
    </message>
</context>
<context>
    <name>ClientCredentialsFlow</name>
    <message>
        <source>Client credentials</source>
        <translation>客户端凭据</translation>
    </message>
    <message>
        <source>Client %1 at %2</source>
        <translation>客户端 %1，位于 %2</translation>
    </message>
    <message>
        <source>The profile needs a token URL and a client id for client credentials.</source>
        <translation>该配置需要令牌 URL 和客户端 ID 才能使用客户端凭据。</translation>
    </message>
    <message>
        <source>Token requested</source>
        <translation>已请求令牌</translation>
    </message>
    <message>
        <source>POST %1 with grant_type=client_credentials%2</source>
        <translation>POST %1，grant_type=client_credentials%2</translation>
    </message>
    <message>
        <source>, customer_key=%1</source>
        <translation>，customer_key=%1</translation>
    </message>
    <message>
        <source>Token refused</source>
        <translation>令牌请求被拒绝</translation>
    </message>
    <message>
        <source>Token received</source>
        <translation>已收到令牌</translation>
    </message>
    <message>
        <source>Access token %1, expires %2</source>
        <translation>访问令牌 %1，过期时间 %2</translation>
    </message>
    <message>
        <source>Client credentials need the app&apos;s client secret; enter it first. Nothing was sent.</source>
        <translation>客户端凭据需要应用的客户端密钥；请先输入。未发送任何内容。</translation>
    </message>
    <message>
        <source>Client credentials need the user&apos;s customer key (their API key); enter it first. Nothing was sent.</source>
        <translation>客户端凭据需要用户的客户密钥（即其 API 密钥）；请先输入。未发送任何内容。</translation>
    </message>
</context>
<context>
    <name>ClientSecret</name>
    <message>
        <source>the client secret</source>
        <translation>客户端密钥</translation>
    </message>
</context>
<context>
    <name>CodeExport</name>
    <message>
        <source>Python (requests)</source>
        <translation>Python (requests)</translation>
    </message>
    <message>
        <source>JavaScript (fetch)</source>
        <translation>JavaScript (fetch)</translation>
    </message>
    <message>
        <source>C++ (Qt Network)</source>
        <translation>C++ (Qt Network)</translation>
    </message>
</context>
<context>
    <name>CollectionFiles</name>
    <message>
        <source>&quot;%1&quot; is not a request file of the collection.</source>
        <translation>“%1”不是该集合中的请求文件。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>A request needs a name.</source>
        <translation>请求需要一个名称。</translation>
    </message>
    <message>
        <source>Saved as %1, but %2 could not be removed.</source>
        <translation>已保存为 %1，但无法删除 %2。</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1（副本）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a folder name inside the collection.</source>
        <translation>“%1”不是该集合内的文件夹名称。</translation>
    </message>
    <message>
        <source>%1 already exists; rename one of the two first.</source>
        <translation>%1 已存在；请先重命名其中一个。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Cannot move %1 to %2: %3</source>
        <translation>无法将 %1 移动到 %2：%3</translation>
    </message>
    <message>
        <source>Cannot delete %1: %2</source>
        <translation>无法删除 %1：%2</translation>
    </message>
    <message>
        <source>Two requests of %1 would get the same file name.</source>
        <translation>%1 中有两个请求会得到相同的文件名。</translation>
    </message>
    <message>
        <source>Cannot rename %1.</source>
        <translation>无法重命名 %1。</translation>
    </message>
</context>
<context>
    <name>CollectionRequest</name>
    <message>
        <source>a request file must hold a JSON object</source>
        <translation>请求文件必须包含一个 JSON 对象</translation>
    </message>
    <message>
        <source>not a request file of format %1 (&quot;lofty-console-request&quot;)</source>
        <translation>不是格式 %1 的请求文件（&quot;lofty-console-request&quot;）</translation>
    </message>
    <message>
        <source>a request needs a &quot;method&quot; and a &quot;url&quot;</source>
        <translation>请求需要 &quot;method&quot; 和 &quot;url&quot;</translation>
    </message>
    <message>
        <source>&quot;pages&quot; can only be &quot;all&quot;</source>
        <translation>&quot;pages&quot; 只能为 &quot;all&quot;</translation>
    </message>
    <message>
        <source>&quot;timeoutSeconds&quot; must be from 1 to 3600</source>
        <translation>&quot;timeoutSeconds&quot; 必须在 1 到 3600 之间</translation>
    </message>
</context>
<context>
    <name>CollectionRunner</name>
    <message>
        <source>not sent: unknown variable(s) %1</source>
        <translation>未发送：未知变量 %1</translation>
    </message>
    <message>
        <source>not sent: %1</source>
        <translation>未发送：%1</translation>
    </message>
    <message>
        <source>not sent: no account to send as</source>
        <translation>未发送：没有用于发送的账号</translation>
    </message>
    <message>
        <source>not sent: %1 %2 does not page (no scrollId, currentId, offset/limit or page/pageSize parameter)</source>
        <translation>未发送：%1 %2 不支持分页（没有 scrollId、currentId、offset/limit 或 page/pageSize 参数）</translation>
    </message>
    <message>
        <source>HTTP %1: %2</source>
        <translation>HTTP %1：%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>capture %1: %2</source>
        <translation>捕获 %1：%2</translation>
    </message>
</context>
<context>
    <name>CollectionSettings</name>
    <message>
        <source>not a &quot;%1&quot; file of format %2</source>
        <translation>不是格式 %2 的 &quot;%1&quot; 文件</translation>
    </message>
    <message>
        <source>variable %1 has no &quot;name&quot;</source>
        <translation>变量 %1 没有 &quot;name&quot;</translation>
    </message>
    <message>
        <source>&quot;secretVariables&quot; lists names only (item %1)</source>
        <translation>&quot;secretVariables&quot; 只能列出名称（第 %1 项）</translation>
    </message>
</context>
<context>
    <name>CollectionStore</name>
    <message>
        <source>larger than 16 MiB</source>
        <translation>大于 16 MiB</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 不存在。</translation>
    </message>
    <message>
        <source>%1 is not inside a collection (no %2 in it or above it).</source>
        <translation>%1 不在集合内（其中及其上级目录中均没有 %2）。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 already holds a collection.</source>
        <translation>%1 中已有集合。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a request file name inside the collection (a relative path ending in .json).</source>
        <translation>“%1”不是集合内的请求文件名（应为以 .json 结尾的相对路径）。</translation>
    </message>
    <message>
        <source>Not saved: %1 would put a secret in the file. Use a {{variable}} (secret variables are kept in the keychain); the account&apos;s credentials are added when sending.</source>
        <translation>未保存：%1 会将机密写入文件。请使用 {{variable}}（机密变量保存在钥匙串中）；账号的凭据会在发送时添加。</translation>
    </message>
    <message>
        <source>Cannot create the folder for %1.</source>
        <translation>无法为 %1 创建文件夹。</translation>
    </message>
    <message>
        <source>The collection has no environment &quot;%1&quot; (it has none).</source>
        <translation>集合中没有环境“%1”（该集合没有任何环境）。</translation>
    </message>
    <message>
        <source>The collection has no environment &quot;%1&quot; (it has: %2).</source>
        <translation>集合中没有环境“%1”（现有环境：%2）。</translation>
    </message>
    <message>
        <source>An environment name uses letters, digits, &quot;.&quot;, &quot;_&quot; and &quot;-&quot; only, not &quot;%1&quot;.</source>
        <translation>环境名称只能包含字母、数字、&quot;.&quot;、&quot;_&quot; 和 &quot;-&quot;，不能为“%1”。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>CollectionsPanel</name>
    <message>
        <source>A folder with a collection.json</source>
        <translation>包含 collection.json 的文件夹</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>重新加载(&amp;L)</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>环境</translation>
    </message>
    <message>
        <source>Collection:</source>
        <translation>集合：</translation>
    </message>
    <message>
        <source>Environment:</source>
        <translation>环境：</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>请求</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方法</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Requests of the collection</source>
        <translation>集合中的请求</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>运行(&amp;R)</translation>
    </message>
    <message>
        <source>Run the selected folder or request, or the whole collection</source>
        <translation>运行所选文件夹或请求，或整个集合</translation>
    </message>
    <message>
        <source>&amp;Cancel run</source>
        <translation>取消运行(&amp;C)</translation>
    </message>
    <message>
        <source>Save the request being composed in the Requests panel into the collection</source>
        <translation>将“请求”面板中正在编写的请求保存到集合中</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Time (ms)</source>
        <translation>耗时 (ms)</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
    <message>
        <source>Run results</source>
        <translation>运行结果</translation>
    </message>
    <message>
        <source>Open a collection folder</source>
        <translation>打开集合文件夹</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) in &quot;%1&quot;.</source>
        <translation>
            <numerusform>“%1”中有 %n 个请求。</numerusform>
        </translation>
    </message>
    <message>
        <source>Some files cannot be read:
%1</source>
        <translation>部分文件无法读取：
%1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Select an account first: runs are sent as the selected account.</source>
        <translation>请先选择账号：运行时以所选账号身份发送。</translation>
    </message>
    <message>
        <source>Open a collection with at least one request.</source>
        <translation>请打开至少包含一个请求的集合。</translation>
    </message>
    <message numerus="yes">
        <source>Running %n request(s)…</source>
        <translation>
            <numerusform>正在运行 %n 个请求…</numerusform>
        </translation>
    </message>
    <message>
        <source>PASS</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>未发送</translation>
    </message>
    <message>
        <source>%1 passed, %2 failed</source>
        <translation>%1 个通过，%2 个失败</translation>
    </message>
    <message>
        <source> (cancelled)</source>
        <translation>（已取消）</translation>
    </message>
    <message>
        <source>Open a collection first.</source>
        <translation>请先打开一个集合。</translation>
    </message>
    <message>
        <source>Save request</source>
        <translation>保存请求</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Collection folder</source>
        <translation>集合文件夹</translation>
    </message>
    <message>
        <source>&amp;Edit environment…</source>
        <translation>编辑环境(&amp;E)…</translation>
    </message>
    <message>
        <source>Variables of the selected environment; secret ones go to the keychain</source>
        <translation>所选环境的变量；机密变量保存在钥匙串中</translation>
    </message>
    <message>
        <source>Save request &amp;as…</source>
        <translation>请求另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save the request being composed over the saved request it came from (Ctrl+S)</source>
        <translation>用正在编辑的请求覆盖其来源的已保存请求（Ctrl+S）</translation>
    </message>
    <message>
        <source>Open in Re&amp;quests</source>
        <translation>在请求中打开(&amp;Q)</translation>
    </message>
    <message>
        <source>Edit the selected request in a new request tab; Save (Ctrl+S) writes it back</source>
        <translation>在新的请求标签页中编辑所选请求；保存（Ctrl+S）会将其写回</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>重命名(&amp;N)…</translation>
    </message>
    <message>
        <source>Rename the selected request</source>
        <translation>重命名所选请求</translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation>创建副本(&amp;D)</translation>
    </message>
    <message>
        <source>Copy the selected request</source>
        <translation>复制所选请求</translation>
    </message>
    <message>
        <source>&amp;Move to…</source>
        <translation>移动到(&amp;M)…</translation>
    </message>
    <message>
        <source>Move the selected request to another folder</source>
        <translation>将所选请求移动到其他文件夹</translation>
    </message>
    <message>
        <source>Dele&amp;te…</source>
        <translation>删除(&amp;T)…</translation>
    </message>
    <message>
        <source>Delete the selected request file</source>
        <translation>删除所选请求文件</translation>
    </message>
    <message>
        <source>&amp;Up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <source>Run the selected request earlier</source>
        <translation>让所选请求更早运行</translation>
    </message>
    <message>
        <source>Do&amp;wn</source>
        <translation>下移(&amp;W)</translation>
    </message>
    <message>
        <source>Run the selected request later</source>
        <translation>让所选请求更晚运行</translation>
    </message>
    <message>
        <source>&amp;Import curl…</source>
        <translation>导入 curl(&amp;I)…</translation>
    </message>
    <message>
        <source>Turn a curl command into a saved request</source>
        <translation>将 curl 命令转换为已保存的请求</translation>
    </message>
    <message>
        <source>Cop&amp;y as</source>
        <translation>复制为(&amp;Y)</translation>
    </message>
    <message>
        <source>Copy the selected request as a program; credentials and secret variables stay variables</source>
        <translation>将所选请求复制为程序代码；凭据和机密变量保留为变量</translation>
    </message>
    <message>
        <source>Reading the secret variables from the keychain…</source>
        <translation>正在从钥匙串读取机密变量…</translation>
    </message>
    <message>
        <source>Cannot read the secret variables from the keychain: %1</source>
        <translation>无法从钥匙串读取机密变量：%1</translation>
    </message>
    <message>
        <source>Select a saved request to rename.</source>
        <translation>请选择要重命名的已保存请求。</translation>
    </message>
    <message>
        <source>Rename request</source>
        <translation>重命名请求</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>新名称：</translation>
    </message>
    <message>
        <source>Renamed %1 to %2</source>
        <translation>已将 %1 重命名为 %2</translation>
    </message>
    <message>
        <source>Select a saved request to duplicate.</source>
        <translation>请选择要创建副本的已保存请求。</translation>
    </message>
    <message>
        <source>Copied %1 to %2</source>
        <translation>已将 %1 复制到 %2</translation>
    </message>
    <message>
        <source>Select a saved request to move.</source>
        <translation>请选择要移动的已保存请求。</translation>
    </message>
    <message>
        <source>(top level)</source>
        <translation>（顶层）</translation>
    </message>
    <message>
        <source>Move request</source>
        <translation>移动请求</translation>
    </message>
    <message>
        <source>Folder (pick one or type a new name):</source>
        <translation>文件夹（选择一个或输入新名称）：</translation>
    </message>
    <message>
        <source>Moved %1 to %2</source>
        <translation>已将 %1 移动到 %2</translation>
    </message>
    <message>
        <source>Select a saved request to delete.</source>
        <translation>请选择要删除的已保存请求。</translation>
    </message>
    <message>
        <source>Delete request</source>
        <translation>删除请求</translation>
    </message>
    <message>
        <source>Delete %1 from the collection? The file is removed from the disk.</source>
        <translation>要从集合中删除 %1 吗？该文件将从磁盘中移除。</translation>
    </message>
    <message>
        <source>Deleted %1</source>
        <translation>已删除 %1</translation>
    </message>
    <message>
        <source>Select a saved request to move up or down.</source>
        <translation>请选择要上移或下移的已保存请求。</translation>
    </message>
    <message>
        <source>Imported; the command&apos;s credentials were dropped: the selected account&apos;s are sent.</source>
        <translation>已导入；命令中的凭据已丢弃：将发送所选账号的凭据。</translation>
    </message>
    <message>
        <source>Select a saved request with a usable URL to copy it as code.</source>
        <translation>请选择一个 URL 可用的已保存请求，以将其复制为代码。</translation>
    </message>
    <message>
        <source>Copied as %1; credentials are read from the environment.</source>
        <translation>已复制为 %1；凭据从环境中读取。</translation>
    </message>
    <message>
        <source>Select a saved request to open.</source>
        <translation>请选择要打开的已保存请求。</translation>
    </message>
    <message>
        <source>Editing %1; Ctrl+S saves it back</source>
        <translation>正在编辑 %1；按 Ctrl+S 保存回原处</translation>
    </message>
    <message>
        <source>New environment</source>
        <translation>新建环境</translation>
    </message>
    <message>
        <source>Name (e.g. sandbox):</source>
        <translation>名称（例如 sandbox）：</translation>
    </message>
    <message>
        <source>Saved the environment %1</source>
        <translation>已保存环境 %1</translation>
    </message>
</context>
<context>
    <name>ConsoleSession</name>
    <message>
        <source>There is no profile &quot;%1&quot;. Profiles: %2.</source>
        <translation>不存在配置“%1”。现有配置：%2。</translation>
    </message>
    <message>
        <source>The request history could not be read: %1</source>
        <translation>无法读取请求历史：%1</translation>
    </message>
    <message>
        <source>The keychain could not handle %1: %2</source>
        <translation>钥匙串无法处理%1：%2</translation>
    </message>
    <message>
        <source>The profile in use cannot be deleted.</source>
        <translation>无法删除正在使用的配置。</translation>
    </message>
</context>
<context>
    <name>CurlExport</name>
    <message>
        <source>(no response: %1)</source>
        <translation>（无响应：%1）</translation>
    </message>
</context>
<context>
    <name>CurlImport</name>
    <message>
        <source>The command has an unterminated %1 quote.</source>
        <translation>命令中的 %1 引号未闭合。</translation>
    </message>
    <message>
        <source>A curl command starts with &quot;curl&quot;.</source>
        <translation>curl 命令以 &quot;curl&quot; 开头。</translation>
    </message>
    <message>
        <source>%1 needs a value.</source>
        <translation>%1 需要一个值。</translation>
    </message>
    <message>
        <source>The header &quot;%1&quot; has no name: value form.</source>
        <translation>请求头“%1”不是 name: value 格式。</translation>
    </message>
    <message>
        <source>The curl option %1 is not supported here.</source>
        <translation>此处不支持 curl 选项 %1。</translation>
    </message>
    <message>
        <source>More than one URL: &quot;%1&quot; and &quot;%2&quot;.</source>
        <translation>URL 多于一个：“%1”和“%2”。</translation>
    </message>
    <message>
        <source>The command names no URL.</source>
        <translation>命令中没有指定 URL。</translation>
    </message>
</context>
<context>
    <name>CurlImportDialog</name>
    <message>
        <source>Import a curl command</source>
        <translation>导入 curl 命令</translation>
    </message>
    <message>
        <source>curl command</source>
        <translation>curl 命令</translation>
    </message>
    <message>
        <source>curl -X POST &apos;https://api.lofty.com/v1.0/leads&apos; -H &apos;Content-Type: application/json&apos; -d &apos;{…}&apos;</source>
        <translation>curl -X POST &apos;https://api.lofty.com/v1.0/leads&apos; -H &apos;Content-Type: application/json&apos; -d &apos;{…}&apos;</translation>
    </message>
    <message>
        <source>Request name</source>
        <translation>请求名称</translation>
    </message>
    <message>
        <source>Method and path when left empty</source>
        <translation>留空时使用方法和路径</translation>
    </message>
    <message>
        <source>The command&apos;s Authorization header is not kept: the selected account&apos;s credentials are sent.</source>
        <translation>不保留命令中的 Authorization 请求头：将发送所选账号的凭据。</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
</context>
<context>
    <name>DirectCredentials</name>
    <message>
        <source>The value is empty.</source>
        <translation>值为空。</translation>
    </message>
    <message>
        <source>The value contains spaces or invisible characters; paste it again as one line.</source>
        <translation>值中包含空格或不可见字符；请将其作为一行重新粘贴。</translation>
    </message>
    <message>
        <source>The value contains non-ASCII characters, which cannot be sent in an HTTP header.</source>
        <translation>值中包含非 ASCII 字符，无法在 HTTP 头中发送。</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API 密钥</translation>
    </message>
    <message>
        <source>Pasted access token</source>
        <translation>已粘贴的访问令牌</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>It expired at %1.</source>
        <translation>已于 %1 过期。</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已接受</translation>
    </message>
    <message>
        <source>Expires %1</source>
        <translation>于 %1 过期</translation>
    </message>
    <message>
        <source>No expiry known</source>
        <translation>过期时间未知</translation>
    </message>
</context>
<context>
    <name>EndpointBrowser</name>
    <message>
        <source>Search endpoints (Ctrl+F)</source>
        <translation>搜索端点（Ctrl+F）</translation>
    </message>
    <message>
        <source>Search endpoints</source>
        <translation>搜索端点</translation>
    </message>
    <message>
        <source>Filters the catalog by path, method, summary, group or API</source>
        <translation>按路径、方法、摘要、分组或 API 筛选目录</translation>
    </message>
    <message>
        <source>Endpoints</source>
        <translation>端点</translation>
    </message>
    <message>
        <source>The catalog grouped as in Lofty&apos;s documentation; Enter picks one</source>
        <translation>按 Lofty 文档的分组显示目录；按 Enter 选择</translation>
    </message>
    <message>
        <source>API: %1</source>
        <translation>API：%1</translation>
    </message>
</context>
<context>
    <name>EndpointCatalog</name>
    <message>
        <source>catalog</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>不是有效的 JSON：%1</translation>
    </message>
    <message>
        <source>the top level must be an object</source>
        <translation>顶层必须是对象</translation>
    </message>
    <message>
        <source>missing or not an array</source>
        <translation>缺失或不是数组</translation>
    </message>
    <message>
        <source>missing, empty or not an array</source>
        <translation>缺失、为空或不是数组</translation>
    </message>
    <message>
        <source>api #%1</source>
        <translation>api #%1</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>不是对象</translation>
    </message>
    <message>
        <source>api &apos;%1&apos;</source>
        <translation>api &apos;%1&apos;</translation>
    </message>
    <message>
        <source>listed twice</source>
        <translation>重复列出</translation>
    </message>
    <message>
        <source>endpoint #%1</source>
        <translation>端点 #%1</translation>
    </message>
    <message>
        <source>endpoint &apos;%1&apos;</source>
        <translation>端点 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>missing or empty</source>
        <translation>缺失或为空</translation>
    </message>
    <message>
        <source>used by another endpoint too</source>
        <translation>也被另一个端点使用</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of %2</source>
        <translation>&apos;%1&apos; 不是 %2 之一</translation>
    </message>
    <message>
        <source>must start with &apos;/&apos;</source>
        <translation>必须以 &apos;/&apos; 开头</translation>
    </message>
    <message>
        <source>a {placeholder} must fill a whole path segment</source>
        <translation>{占位符} 必须占满整个路径段</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not listed in &quot;apis&quot;</source>
        <translation>&apos;%1&apos; 未在 &quot;apis&quot; 中列出</translation>
    </message>
    <message>
        <source>[%1] does not match the placeholders of the path [%2]</source>
        <translation>[%1] 与路径中的占位符 [%2] 不匹配</translation>
    </message>
    <message>
        <source>must be a JSON object or array</source>
        <translation>必须是 JSON 对象或数组</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>必须为 true 或 false</translation>
    </message>
    <message>
        <source>only a GET can be safe to probe</source>
        <translation>只有 GET 请求才能安全地用于探测</translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation>必须是数组</translation>
    </message>
    <message>
        <source>parameter listed twice</source>
        <translation>参数重复列出</translation>
    </message>
    <message>
        <source>an enum needs allowed values</source>
        <translation>enum 需要列出允许的取值</translation>
    </message>
    <message>
        <source>must be a 64-bit integer</source>
        <translation>必须是 64 位整数</translation>
    </message>
    <message>
        <source>is greater than maximum</source>
        <translation>大于最大值</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>必须是字符串</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>为空</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1, field &apos;%2&apos;: %3</source>
        <translation>%1，字段 &apos;%2&apos;：%3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a media type</source>
        <translation>&apos;%1&apos; 不是媒体类型</translation>
    </message>
    <message>
        <source>must be an HTTP status (100-599)</source>
        <translation>必须是 HTTP 状态码（100-599）</translation>
    </message>
</context>
<context>
    <name>EnvironmentDialog</name>
    <message>
        <source>Environment &quot;%1&quot;</source>
        <translation>环境“%1”</translation>
    </message>
    <message>
        <source>Variable</source>
        <translation>变量</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>机密</translation>
    </message>
    <message>
        <source>Variables of the environment</source>
        <translation>环境的变量</translation>
    </message>
    <message>
        <source>&amp;Add variable</source>
        <translation>添加变量(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove variable</source>
        <translation>移除变量(&amp;R)</translation>
    </message>
    <message>
        <source>Secret values are kept in the system keychain, never in the collection&apos;s files.</source>
        <translation>机密值保存在系统钥匙串中，绝不会写入集合的文件。</translation>
    </message>
    <message>
        <source>(not stored)</source>
        <translation>（未存储）</translation>
    </message>
    <message>
        <source>(no keychain)</source>
        <translation>（无钥匙串）</translation>
    </message>
    <message>
        <source>Secret value</source>
        <translation>机密值</translation>
    </message>
    <message>
        <source>The keychain cannot be read: %1</source>
        <translation>无法读取钥匙串：%1</translation>
    </message>
    <message>
        <source>No keychain is available: the secret %1 cannot be stored.</source>
        <translation>没有可用的钥匙串：无法存储机密 %1。</translation>
    </message>
    <message>
        <source>The secret %1 was not stored in the keychain: %2</source>
        <translation>机密 %1 未能存入钥匙串：%2</translation>
    </message>
</context>
<context>
    <name>ExpiryBar</name>
    <message>
        <source>Token expiry</source>
        <translation>令牌有效期</translation>
    </message>
    <message>
        <source>Lifetime left</source>
        <translation>剩余有效期</translation>
    </message>
    <message>
        <source>Does not expire (or expiry unknown)</source>
        <translation>不会过期（或过期时间未知）</translation>
    </message>
    <message>
        <source>No token</source>
        <translation>无令牌</translation>
    </message>
    <message>
        <source>Expires in %1</source>
        <translation>%1 后过期</translation>
    </message>
    <message>
        <source>Expired %1 ago</source>
        <translation>已于 %1 前过期</translation>
    </message>
    <message>
        <source>Refused by the server</source>
        <translation>被服务器拒绝</translation>
    </message>
</context>
<context>
    <name>FieldReader</name>
    <message>
        <source>is missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>must be a string, not %1</source>
        <translation>必须是字符串，而不是 %1</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>不能为空</translation>
    </message>
    <message>
        <source>must be true or false, not %1</source>
        <translation>必须为 true 或 false，而不是 %1</translation>
    </message>
    <message>
        <source>must be an absolute http or https URL, not &quot;%1&quot;</source>
        <translation>必须是绝对的 http 或 https URL，而不是“%1”</translation>
    </message>
    <message>
        <source>must be an array, not %1</source>
        <translation>必须是数组，而不是 %1</translation>
    </message>
    <message>
        <source>must be a non-empty string</source>
        <translation>必须是非空字符串</translation>
    </message>
    <message>
        <source>repeats &quot;%1&quot;</source>
        <translation>重复了“%1”</translation>
    </message>
    <message>
        <source>is a secret; secrets are never read from or written to a profile file. Enter it in the console, which keeps it in the keychain</source>
        <translation>是机密；机密绝不会从配置文件读取或写入配置文件。请在控制台中输入，控制台会将其保存在钥匙串中</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2, not %3</source>
        <translation>必须是 %1 到 %2 之间的整数，而不是 %3</translation>
    </message>
</context>
<context>
    <name>FlowTimeline</name>
    <message>
        <source>Authorization steps</source>
        <translation>授权步骤</translation>
    </message>
    <message>
        <source>Each step of the attempt with its time and masked details</source>
        <translation>本次尝试的每个步骤及其时间和已掩码的详情</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <source>Failed step: %1. %2</source>
        <translation>失败的步骤：%1。%2</translation>
    </message>
    <message>
        <source>Step: %1. %2</source>
        <translation>步骤：%1。%2</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>No answer</source>
        <translation>无应答</translation>
    </message>
    <message>
        <source>%1 (code %2)</source>
        <translation>%1（代码 %2）</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方法</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>耗时</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Network error</source>
        <translation>网络错误</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>超时</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Redirect refused</source>
        <translation>重定向被拒绝</translation>
    </message>
    <message>
        <source>No credentials</source>
        <translation>无凭据</translation>
    </message>
    <message>
        <source>Invalid request</source>
        <translation>无效的请求</translation>
    </message>
    <message>
        <source>Bad request</source>
        <translation>错误的请求</translation>
    </message>
    <message>
        <source>Unauthorized</source>
        <translation>未授权</translation>
    </message>
    <message>
        <source>API not granted</source>
        <translation>未授予 API</translation>
    </message>
    <message>
        <source>Permission denied</source>
        <translation>权限被拒绝</translation>
    </message>
    <message>
        <source>No access to the website</source>
        <translation>无权访问网站</translation>
    </message>
    <message>
        <source>Team leads permission needed</source>
        <translation>需要团队潜在客户权限</translation>
    </message>
    <message>
        <source>Forbidden</source>
        <translation>禁止访问</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>未找到</translation>
    </message>
    <message>
        <source>Rate limited</source>
        <translation>速率受限</translation>
    </message>
    <message>
        <source>Server error</source>
        <translation>服务器错误</translation>
    </message>
    <message>
        <source>Business error</source>
        <translation>业务错误</translation>
    </message>
    <message>
        <source>HTTP error</source>
        <translation>HTTP 错误</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>路径</translation>
    </message>
    <message>
        <source>Body size</source>
        <translation>响应体大小</translation>
    </message>
    <message>
        <source>%1 (token renewed, sent again)</source>
        <translation>%1（令牌已刷新，已重新发送）</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <source>Every exchange of this profile, secrets masked</source>
        <translation>此配置的所有交互，机密已掩码</translation>
    </message>
    <message>
        <source>Endpoint filter</source>
        <translation>端点筛选</translation>
    </message>
    <message>
        <source>Show one endpoint only</source>
        <translation>仅显示一个端点</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>状态筛选</translation>
    </message>
    <message>
        <source>Show one class of status only</source>
        <translation>仅显示一类状态</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>任意状态</translation>
    </message>
    <message>
        <source>2xx success</source>
        <translation>2xx 成功</translation>
    </message>
    <message>
        <source>4xx client error</source>
        <translation>4xx 客户端错误</translation>
    </message>
    <message>
        <source>5xx server error</source>
        <translation>5xx 服务器错误</translation>
    </message>
    <message>
        <source>403 forbidden</source>
        <translation>403 禁止访问</translation>
    </message>
    <message>
        <source>429 rate limited</source>
        <translation>429 速率受限</translation>
    </message>
    <message>
        <source>Account filter</source>
        <translation>账号筛选</translation>
    </message>
    <message>
        <source>Show one account only</source>
        <translation>仅显示一个账号</translation>
    </message>
    <message>
        <source>Text filter</source>
        <translation>文本筛选</translation>
    </message>
    <message>
        <source>Searches URLs, headers and bodies (Ctrl+F)</source>
        <translation>搜索 URL、请求头和正文（Ctrl+F）</translation>
    </message>
    <message>
        <source>Search text</source>
        <translation>搜索文本</translation>
    </message>
    <message>
        <source>&amp;Endpoint:</source>
        <translation>端点(&amp;E)：</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>状态(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>账号(&amp;A)：</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>文本(&amp;X)：</translation>
    </message>
    <message>
        <source>Exchanges</source>
        <translation>交互记录</translation>
    </message>
    <message>
        <source>Newest first; Enter opens the selected one in Requests</source>
        <translation>最新的在前；按 Enter 在“请求”中打开所选交互</translation>
    </message>
    <message>
        <source>Exchange details</source>
        <translation>交互详情</translation>
    </message>
    <message>
        <source>The request and the response, secrets masked</source>
        <translation>请求和响应，机密已掩码</translation>
    </message>
    <message>
        <source>&amp;Open in Requests</source>
        <translation>在“请求”中打开(&amp;O)</translation>
    </message>
    <message>
        <source>Open in Requests</source>
        <translation>在“请求”中打开</translation>
    </message>
    <message>
        <source>Loads the selected exchange into the Requests panel to send it again</source>
        <translation>将所选交互载入“请求”面板，以便再次发送</translation>
    </message>
    <message>
        <source>Any endpoint</source>
        <translation>任意端点</translation>
    </message>
    <message>
        <source>Any account</source>
        <translation>任意账号</translation>
    </message>
    <message>
        <source>This entry could not be read from the history file.</source>
        <translation>无法从历史文件中读取此条目。</translation>
    </message>
    <message>
        <source>→ %1 in %2 ms</source>
        <translation>→ %1，耗时 %2 ms</translation>
    </message>
    <message>
        <source>… (cut: %1 bytes were received)</source>
        <translation>…（已截断：共收到 %1 字节）</translation>
    </message>
    <message>
        <source>Searching the history…</source>
        <translation>正在搜索历史记录…</translation>
    </message>
    <message>
        <source>The token was refused; it was renewed and the request sent again (a later entry).</source>
        <translation>令牌被拒绝；已刷新令牌并重新发送请求（见后面的条目）。</translation>
    </message>
</context>
<context>
    <name>JUnitReport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>JsonParseError</name>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>第 %1 行，第 %2 列：%3</translation>
    </message>
</context>
<context>
    <name>JsonPath</name>
    <message>
        <source>The expression is empty; it starts with $ (the whole body).</source>
        <translation>表达式为空；它应以 $（整个响应体）开头。</translation>
    </message>
    <message>
        <source>A JSONPath starts with $ (the whole body), not &quot;%1&quot;.</source>
        <translation>JSONPath 应以 $（整个响应体）开头，而不是“%1”。</translation>
    </message>
    <message>
        <source>%1 at position %2.</source>
        <translation>%1（位置 %2）。</translation>
    </message>
    <message>
        <source>Expected &quot;.&quot; or &quot;[&quot; but found &quot;%1&quot;</source>
        <translation>应为“.”或“[”，但发现了“%1”</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot appear in a member name; use [&apos;…&apos;]</source>
        <translation>成员名中不能出现“%1”；请使用 [&apos;…&apos;]</translation>
    </message>
    <message>
        <source>Expected a member name or * after &quot;.&quot;</source>
        <translation>“.”之后应为成员名或 *</translation>
    </message>
    <message>
        <source>Expected &quot;]&quot;</source>
        <translation>应为“]”</translation>
    </message>
    <message>
        <source>The quoted member name is not closed</source>
        <translation>带引号的成员名未闭合</translation>
    </message>
    <message>
        <source>Expected an index, * or a quoted name inside &quot;[…]&quot;</source>
        <translation>“[…]”中应为索引、* 或带引号的名称</translation>
    </message>
</context>
<context>
    <name>JsonReader</name>
    <message>
        <source>the text is too large (4 GiB or more)</source>
        <translation>文本过大（4 GiB 或以上）</translation>
    </message>
    <message>
        <source>unexpected text after the JSON value</source>
        <translation>JSON 值之后有意外的文本</translation>
    </message>
    <message>
        <source>parsing was cancelled</source>
        <translation>解析已取消</translation>
    </message>
    <message>
        <source>unterminated object: expected &apos;,&apos; or &apos;}&apos;</source>
        <translation>未结束的对象：应为 &apos;,&apos; 或 &apos;}&apos;</translation>
    </message>
    <message>
        <source>unterminated array: expected &apos;,&apos; or &apos;]&apos;</source>
        <translation>未结束的数组：应为 &apos;,&apos; 或 &apos;]&apos;</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos; after an object member</source>
        <translation>对象成员之后应为 &apos;,&apos; 或 &apos;}&apos;</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos; after an array element</source>
        <translation>数组元素之后应为 &apos;,&apos; 或 &apos;]&apos;</translation>
    </message>
    <message>
        <source>the text is empty</source>
        <translation>文本为空</translation>
    </message>
    <message>
        <source>unterminated object: expected a value</source>
        <translation>未结束的对象：应为值</translation>
    </message>
    <message>
        <source>unterminated array: expected a value</source>
        <translation>未结束的数组：应为值</translation>
    </message>
    <message>
        <source>trailing comma: expected a value</source>
        <translation>尾随逗号：应为值</translation>
    </message>
    <message>
        <source>expected a value</source>
        <translation>应为值</translation>
    </message>
    <message>
        <source>unexpected character: expected a value</source>
        <translation>意外的字符：应为值</translation>
    </message>
    <message>
        <source>unterminated object: expected a key</source>
        <translation>未结束的对象：应为键</translation>
    </message>
    <message>
        <source>trailing comma: expected a key</source>
        <translation>尾随逗号：应为键</translation>
    </message>
    <message>
        <source>expected a string key</source>
        <translation>应为字符串键</translation>
    </message>
    <message>
        <source>expected &apos;:&apos; after an object key</source>
        <translation>对象键之后应为 &apos;:&apos;</translation>
    </message>
    <message>
        <source>nesting is deeper than %1 levels</source>
        <translation>嵌套深度超过 %1 层</translation>
    </message>
    <message>
        <source>control character in a string (it must be escaped)</source>
        <translation>字符串中有控制字符（必须转义）</translation>
    </message>
    <message>
        <source>unterminated string</source>
        <translation>未结束的字符串</translation>
    </message>
    <message>
        <source>invalid escape sequence</source>
        <translation>无效的转义序列</translation>
    </message>
    <message>
        <source>invalid \u escape: expected four hex digits</source>
        <translation>无效的 \u 转义：应为四位十六进制数字</translation>
    </message>
    <message>
        <source>unpaired low surrogate in a \u escape</source>
        <translation>\u 转义中有未配对的低代理项</translation>
    </message>
    <message>
        <source>unpaired high surrogate in a \u escape</source>
        <translation>\u 转义中有未配对的高代理项</translation>
    </message>
    <message>
        <source>invalid UTF-8 byte</source>
        <translation>无效的 UTF-8 字节</translation>
    </message>
    <message>
        <source>truncated UTF-8 sequence</source>
        <translation>截断的 UTF-8 序列</translation>
    </message>
    <message>
        <source>invalid UTF-8 sequence</source>
        <translation>无效的 UTF-8 序列</translation>
    </message>
    <message>
        <source>invalid number: expected a digit</source>
        <translation>无效的数字：应为数字</translation>
    </message>
    <message>
        <source>invalid number: leading zeros are not allowed</source>
        <translation>无效的数字：不允许有前导零</translation>
    </message>
    <message>
        <source>invalid number: expected a digit after the decimal point</source>
        <translation>无效的数字：小数点后应为数字</translation>
    </message>
    <message>
        <source>invalid number: expected a digit in the exponent</source>
        <translation>无效的数字：指数中应为数字</translation>
    </message>
    <message>
        <source>invalid literal: expected &apos;%1&apos;</source>
        <translation>无效的字面量：应为 &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>JsonTreeModel</name>
    <message>
        <source>Key</source>
        <translation>键</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>(root)</source>
        <translation>（根）</translation>
    </message>
    <message numerus="yes">
        <source>[%n element(s)]</source>
        <translation>
            <numerusform>[%n 个元素]</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{%n member(s)}</source>
        <translation>
            <numerusform>{%n 个成员}</numerusform>
        </translation>
    </message>
    <message>
        <source>Null</source>
        <translation>Null</translation>
    </message>
    <message>
        <source>Bool</source>
        <translation>布尔</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>String</source>
        <translation>字符串</translation>
    </message>
    <message>
        <source>Array</source>
        <translation>数组</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>对象</translation>
    </message>
</context>
<context>
    <name>JsonValueLocator</name>
    <message>
        <source>&quot;%1&quot; is neither a JSON pointer (/a/0/b) nor a JSONPath ($.a[0].b).</source>
        <translation>“%1”既不是 JSON 指针（/a/0/b），也不是 JSONPath（$.a[0].b）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: &quot;~&quot; must be followed by 0 or 1 in a JSON pointer.</source>
        <translation>“%1”：在 JSON 指针中，“~”后面必须跟 0 或 1。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names more than one value (wildcards and &quot;..&quot; are not supported here).</source>
        <translation>“%1”指向多个值（此处不支持通配符和“..”）。</translation>
    </message>
</context>
<context>
    <name>JsonView</name>
    <message>
        <source>JSON view</source>
        <translation>JSON 视图</translation>
    </message>
    <message>
        <source>The body as a tree, as indented text and as received</source>
        <translation>以树形、缩进文本和原始形式显示正文</translation>
    </message>
    <message>
        <source>JSON tree</source>
        <translation>JSON 树</translation>
    </message>
    <message>
        <source>Keys, values and types; numbers are shown exactly as received</source>
        <translation>键、值和类型；数字按收到时的原样显示</translation>
    </message>
    <message>
        <source>Indented JSON text</source>
        <translation>缩进的 JSON 文本</translation>
    </message>
    <message>
        <source>Raw body</source>
        <translation>原始正文</translation>
    </message>
    <message>
        <source>Body views</source>
        <translation>正文视图</translation>
    </message>
    <message>
        <source>&amp;Tree</source>
        <translation>树形(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Pretty</source>
        <translation>美化(&amp;P)</translation>
    </message>
    <message>
        <source>Ra&amp;w</source>
        <translation>原始(&amp;W)</translation>
    </message>
    <message>
        <source>Parsing the body</source>
        <translation>正在解析正文</translation>
    </message>
    <message>
        <source>The body is empty.</source>
        <translation>正文为空。</translation>
    </message>
    <message>
        <source>Not valid JSON: %1</source>
        <translation>不是有效的 JSON：%1</translation>
    </message>
    <message>
        <source>Showing the first %1 MiB of %2 MiB; the tree shows everything. Save… or Copy all for the whole text.</source>
        <translation>显示 %2 MiB 中的前 %1 MiB；树视图显示全部内容。要获取完整文本，请使用“保存…”或“全部复制”。</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>保存…</translation>
    </message>
    <message>
        <source>Save the whole text to a file</source>
        <translation>将完整文本保存到文件</translation>
    </message>
    <message>
        <source>Copy all</source>
        <translation>全部复制</translation>
    </message>
    <message>
        <source>Copy the whole text to the clipboard</source>
        <translation>将完整文本复制到剪贴板</translation>
    </message>
    <message>
        <source>Save body</source>
        <translation>保存正文</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON 文件 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>无法保存 %1：%2</translation>
    </message>
    <message>
        <source>Filter with a JSONPath: $.leads[0].id, $..id, $.leads[*].email</source>
        <translation>使用 JSONPath 筛选：$.leads[0].id、$..id、$.leads[*].email</translation>
    </message>
    <message>
        <source>JSONPath filter</source>
        <translation>JSONPath 筛选器</translation>
    </message>
    <message>
        <source>Shows only the values the expression selects; Return applies it</source>
        <translation>仅显示表达式选中的值；按 Return 应用</translation>
    </message>
    <message>
        <source>Not a JSONPath: %1</source>
        <translation>不是有效的 JSONPath：%1</translation>
    </message>
    <message>
        <source>Matches of %1: the first %2 are shown</source>
        <translation>%1 的匹配项：显示前 %2 个</translation>
    </message>
    <message>
        <source>Matches of %1: %2</source>
        <translation>%1 的匹配项：%2</translation>
    </message>
    <message>
        <source>Copy value</source>
        <translation>复制值</translation>
    </message>
    <message>
        <source>Copy key</source>
        <translation>复制键</translation>
    </message>
    <message>
        <source>Copy JSONPath</source>
        <translation>复制 JSONPath</translation>
    </message>
    <message>
        <source>Copied the value of %1</source>
        <translation>已复制 %1 的值</translation>
    </message>
    <message>
        <source>Copied the key %1</source>
        <translation>已复制键 %1</translation>
    </message>
    <message>
        <source>Copied the JSONPath %1</source>
        <translation>已复制 JSONPath %1</translation>
    </message>
    <message>
        <source>Looking for %1…</source>
        <translation>正在查找 %1…</translation>
    </message>
</context>
<context>
    <name>Jwt</name>
    <message>
        <source>Not a JWT: expected three parts separated by dots, found %1.</source>
        <translation>不是 JWT：应为以点分隔的三个部分，实际找到 %1 个。</translation>
    </message>
    <message>
        <source>Not a JWT: the header is not base64url-encoded JSON.</source>
        <translation>不是 JWT：头部不是 base64url 编码的 JSON。</translation>
    </message>
    <message>
        <source>Not a JWT: the payload is not base64url-encoded JSON.</source>
        <translation>不是 JWT：载荷不是 base64url 编码的 JSON。</translation>
    </message>
    <message>
        <source>Not a JWT: the signature part is not base64url.</source>
        <translation>不是 JWT：签名部分不是 base64url。</translation>
    </message>
    <message>
        <source>Signature not verified: the console only decodes the token and cannot tell whether it is genuine.</source>
        <translation>签名未验证：控制台仅解码令牌，无法判断其真伪。</translation>
    </message>
</context>
<context>
    <name>KeyValueTable</name>
    <message>
        <source>Name and value pairs</source>
        <translation>名称/值对</translation>
    </message>
    <message>
        <source>Edit a cell with F2 or by typing; empty names are ignored</source>
        <translation>按 F2 或直接输入来编辑单元格；空名称将被忽略</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>添加行</translation>
    </message>
    <message>
        <source>Adds an empty name/value row</source>
        <translation>添加一个空的名称/值行</translation>
    </message>
    <message>
        <source>Remove rows</source>
        <translation>移除行</translation>
    </message>
    <message>
        <source>Removes the selected rows</source>
        <translation>移除所选行</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Read only</source>
        <translation>只读</translation>
    </message>
</context>
<context>
    <name>KeychainBanner</name>
    <message>
        <source>Keychain problem</source>
        <translation>钥匙串问题</translation>
    </message>
    <message>
        <source>&lt;b&gt;The keychain cannot keep secrets.&lt;/b&gt; %1 Tokens, keys and the client secret are kept in memory until the console closes; unlock or start your keyring to keep them.</source>
        <translation>&lt;b&gt;钥匙串无法保存机密。&lt;/b&gt;%1 令牌、密钥和客户端密钥将保存在内存中，直到控制台关闭；请解锁或启动您的密钥环以保留它们。</translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>The keychain did not answer within %1 s; it may be waiting for an unlock prompt. Secrets are kept in memory for this session only. Unlock your keyring and restart the console to have them remembered.</source>
        <translation>钥匙串在 %1 秒内未应答；它可能正在等待解锁提示。机密仅在本次会话中保存在内存中。请解锁密钥环并重启控制台，以便记住这些信息。</translation>
    </message>
    <message>
        <source>The keychain could not store the secret (%1). It is kept in memory for this session only.</source>
        <translation>钥匙串无法存储该机密（%1）。它仅在本次会话中保存在内存中。</translation>
    </message>
    <message>
        <source>The keychain failed: %1</source>
        <translation>钥匙串操作失败：%1</translation>
    </message>
    <message>
        <source>The keychain accepted a secret but did not give it back (%1); the keyring may be locked. Secrets are kept in memory for this session only. Unlock your keyring and restart the console.</source>
        <translation>钥匙串接受了机密，但未能将其取回（%1）；密钥环可能已锁定。机密仅在本次会话中保存在内存里。请解锁密钥环并重新启动控制台。</translation>
    </message>
    <message>
        <source>a different value</source>
        <translation>不同的值</translation>
    </message>
    <message>
        <source>The secret was forgotten for this session, but it may still be in the keychain: %1</source>
        <translation>已在本次会话中清除该机密，但它可能仍保存在钥匙串中：%1</translation>
    </message>
    <message>
        <source>Secrets are kept in memory for this session only; nothing is written to disk.</source>
        <translation>机密仅在本次会话中保存在内存里；不会写入磁盘。</translation>
    </message>
    <message>
        <source>Access to the keychain was refused. %1 Allow access when asked, then restart the console.</source>
        <translation>访问钥匙串被拒绝。%1 请在系统询问时允许访问，然后重新启动控制台。</translation>
    </message>
    <message>
        <source>No keychain is reachable: there is no D-Bus session with a Secret Service (%1). %2 Start the console inside a desktop session with GNOME Keyring or KWallet running, then restart it.</source>
        <translation>无法访问任何钥匙串：没有提供 Secret Service 的 D-Bus 会话（%1）。%2 请在运行 GNOME Keyring 或 KWallet 的桌面会话中启动控制台，然后重新启动它。</translation>
    </message>
    <message>
        <source>The keyring is locked or has no default collection (%1). %2 Unlock it (log in to the desktop, or run gnome-keyring-daemon --unlock), then restart the console.</source>
        <translation>密钥环已锁定或没有默认集合（%1）。%2 请将其解锁（登录桌面，或运行 gnome-keyring-daemon --unlock），然后重新启动控制台。</translation>
    </message>
    <message>
        <source>The keychain cannot be used (%1). %2 Check that a Secret Service (GNOME Keyring, KWallet) is running and unlocked, then restart the console.</source>
        <translation>无法使用钥匙串（%1）。%2 请检查 Secret Service（GNOME Keyring、KWallet）是否正在运行且已解锁，然后重新启动控制台。</translation>
    </message>
</context>
<context>
    <name>LoftyError</name>
    <message>
        <source>The server answered HTTP %1 but reported failure in the body: code %2, &quot;%3&quot;. Lofty reports some failures this way, so this call did not succeed.</source>
        <translation>服务器返回了 HTTP %1，但在响应体中报告了失败：代码 %2，“%3”。Lofty 会以这种方式报告部分失败，因此此次调用并未成功。</translation>
    </message>
    <message>
        <source>Check the identifiers and values you sent; the message above names the problem.</source>
        <translation>请检查您发送的标识符和值；上方的消息指出了问题所在。</translation>
    </message>
    <message>
        <source>The server answered with a redirect that was not followed.</source>
        <translation>服务器返回了重定向，但未跟随该重定向。</translation>
    </message>
    <message>
        <source>Check the base URL of the profile; Lofty&apos;s API is served from https://api.lofty.com.</source>
        <translation>请检查配置的基础 URL；Lofty 的 API 由 https://api.lofty.com 提供。</translation>
    </message>
    <message>
        <source>The credentials were missing, invalid or expired (%1). The access token may have expired, been revoked, or been invalidated because an API was added to the app.</source>
        <translation>凭据缺失、无效或已过期（%1）。访问令牌可能已过期、已被撤销，或因应用添加了 API 而失效。</translation>
    </message>
    <message>
        <source>no code</source>
        <translation>无代码</translation>
    </message>
    <message>
        <source>Refresh the token, or authorize the account again. For an API key, check that it is still Active in Personal Settings &gt; Integrations &gt; API Keys.</source>
        <translation>请刷新令牌，或重新授权该账号。如果使用 API 密钥，请在“个人设置 &gt; 集成 &gt; API 密钥”（Personal Settings &gt; Integrations &gt; API Keys）中检查其是否仍为有效（Active）状态。</translation>
    </message>
    <message>
        <source>The resource does not exist or this account has no access to it. Lofty answers 404 for both, and briefly for a lead that was just created.</source>
        <translation>资源不存在，或此账号无权访问。Lofty 对这两种情况都返回 404，对刚创建的潜在客户也会短暂返回 404。</translation>
    </message>
    <message>
        <source>Check the identifiers in the path and that the account can see the record; retry a freshly created lead after a moment.</source>
        <translation>请检查路径中的标识符，并确认该账号可以看到此记录；对于刚创建的潜在客户，请稍候再重试。</translation>
    </message>
    <message>
        <source>Lofty limits requests per app, not per account: 100 per minute in Development mode, 500 per minute in Production, over a 60-second window. Every account of the app shares that budget.</source>
        <translation>Lofty 按应用而非按账号限制请求数：开发（Development）模式下每分钟 100 次，生产（Production）模式下每分钟 500 次，以 60 秒为一个窗口。应用的所有账号共享这一额度。</translation>
    </message>
    <message>
        <source>Wait until the window resets (X-RateLimit-Reset); the console holds further requests back until then. Publish the app to Production for the higher limit.</source>
        <translation>请等待窗口重置（X-RateLimit-Reset）；在此之前控制台会暂缓后续请求。将应用发布到生产（Production）环境可获得更高的限制。</translation>
    </message>
    <message>
        <source>The server failed while handling the request; the request itself may be fine.</source>
        <translation>服务器在处理请求时出错；请求本身可能没有问题。</translation>
    </message>
    <message>
        <source>Retry later. If it keeps failing for the same request, report it to Lofty with the time and the request (copy it as curl, secrets stay masked).</source>
        <translation>请稍后重试。如果同一请求持续失败，请将时间和请求报告给 Lofty（将其复制为 curl 命令，机密会保持掩码）。</translation>
    </message>
    <message>
        <source>The server answered with a status the console does not expect.</source>
        <translation>服务器返回了控制台未预期的状态。</translation>
    </message>
    <message>
        <source>Check the base URL of the profile.</source>
        <translation>请检查配置的基础 URL。</translation>
    </message>
    <message>
        <source>The server rejected the request&apos;s parameters or body.</source>
        <translation>服务器拒绝了请求的参数或请求体。</translation>
    </message>
    <message>
        <source>Compare the parameters with the endpoint&apos;s description in the catalog; the server said: &quot;%1&quot;.</source>
        <translation>请将参数与目录中该端点的说明进行对比；服务器返回：“%1”。</translation>
    </message>
    <message>
        <source>The credentials are valid but the request is not allowed.</source>
        <translation>凭据有效，但不允许此请求。</translation>
    </message>
    <message>
        <source>The server refused the connection: nothing listens at that address and port.</source>
        <translation>服务器拒绝了连接：该地址和端口上没有服务在监听。</translation>
    </message>
    <message>
        <source>The host name could not be resolved.</source>
        <translation>无法解析主机名。</translation>
    </message>
    <message>
        <source>The server closed the connection before answering completely.</source>
        <translation>服务器在完整应答之前关闭了连接。</translation>
    </message>
    <message>
        <source>The TLS handshake failed; the server&apos;s certificate was not accepted.</source>
        <translation>TLS 握手失败；服务器的证书未被接受。</translation>
    </message>
    <message>
        <source>The connection timed out.</source>
        <translation>连接超时。</translation>
    </message>
    <message>
        <source>The request failed before an answer arrived.</source>
        <translation>请求在收到应答之前失败。</translation>
    </message>
    <message>
        <source>Network error</source>
        <translation>网络错误</translation>
    </message>
    <message>
        <source>Check the base URL, your connection and any proxy settings, then retry.</source>
        <translation>请检查基础 URL、网络连接以及代理设置，然后重试。</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>超时</translation>
    </message>
    <message numerus="yes">
        <source>No data arrived for %n second(s).</source>
        <translation>
            <numerusform>%n 秒内未收到任何数据。</numerusform>
        </translation>
    </message>
    <message>
        <source>Retry; if the server is slow, raise the request timeout.</source>
        <translation>请重试；如果服务器响应较慢，请增大请求超时时间。</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>The request was cancelled before it completed.</source>
        <translation>请求在完成之前已被取消。</translation>
    </message>
    <message>
        <source>Redirect to another host refused</source>
        <translation>已拒绝重定向到其他主机</translation>
    </message>
    <message>
        <source>%1 redirected to %2. Following it would send the account&apos;s credentials to another host, so the console stopped.</source>
        <translation>%1 重定向到了 %2。跟随该重定向会将账号凭据发送到其他主机，因此控制台已停止。</translation>
    </message>
    <message>
        <source>Call the target URL directly if you trust it, or correct the profile&apos;s base URL.</source>
        <translation>如果您信任目标 URL，请直接调用它，或更正配置的基础 URL。</translation>
    </message>
    <message>
        <source>Server message: %1</source>
        <translation>服务器消息：%1</translation>
    </message>
    <message>
        <source>No valid credentials</source>
        <translation>没有有效的凭据</translation>
    </message>
    <message>
        <source>The request was not sent: no valid token could be had for the account. %1</source>
        <translation>请求未发送：无法为该账号获取有效的令牌。%1</translation>
    </message>
    <message>
        <source>Authorize the account again, or paste a valid API key or access token.</source>
        <translation>请重新授权该账号，或粘贴有效的 API 密钥或访问令牌。</translation>
    </message>
    <message>
        <source>Invalid request</source>
        <translation>无效的请求</translation>
    </message>
    <message>
        <source>Enter an absolute URL (https://api.lofty.com/v1.0/me) or a path such as /v1.0/me.</source>
        <translation>请输入绝对 URL（https://api.lofty.com/v1.0/me）或路径，例如 /v1.0/me。</translation>
    </message>
    <message>
        <source>%1 (HTTP %2)</source>
        <translation>%1（HTTP %2）</translation>
    </message>
    <message>
        <source>%1: %2 (HTTP %3)</source>
        <translation>%1：%2（HTTP %3）</translation>
    </message>
    <message>
        <source>Lofty reported this failure with HTTP %1, so the call did not succeed.</source>
        <translation>Lofty 以 HTTP %1 报告了此失败，因此此次调用未成功。</translation>
    </message>
    <message>
        <source>Business error</source>
        <translation>业务错误</translation>
    </message>
    <message>
        <source>Redirect</source>
        <translation>重定向</translation>
    </message>
    <message>
        <source>Not authorized</source>
        <translation>未授权</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>未找到</translation>
    </message>
    <message>
        <source>Rate limit reached</source>
        <translation>已达到速率限制</translation>
    </message>
    <message>
        <source>Server error</source>
        <translation>服务器错误</translation>
    </message>
    <message>
        <source>Unexpected HTTP status</source>
        <translation>意外的 HTTP 状态</translation>
    </message>
    <message>
        <source>Bad request</source>
        <translation>错误的请求</translation>
    </message>
    <message>
        <source>Forbidden</source>
        <translation>禁止访问</translation>
    </message>
    <message>
        <source>Check the app&apos;s granted APIs in the Registration panel (Developer Portal, Permissions tab) and the account&apos;s role.</source>
        <translation>请在“注册”面板（开发者门户的 Permissions 选项卡）中检查应用已授予的 API，并检查该账号的角色。</translation>
    </message>
</context>
<context>
    <name>LoftyErrorBanner</name>
    <message>
        <source>Open &amp;Registration</source>
        <translation>打开注册(&amp;R)</translation>
    </message>
    <message>
        <source>Error explanation</source>
        <translation>错误说明</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Shows the Registration panel to grant the missing API</source>
        <translation>显示注册面板以授予缺少的 API</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <source>Cause: %1</source>
        <translation>原因：%1</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>处理方法：%1</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>信息</translation>
    </message>
</context>
<context>
    <name>LoopbackReplyHandler</name>
    <message>
        <source>The request is larger than %1 KiB.</source>
        <translation>请求大于 %1 KiB。</translation>
    </message>
    <message>
        <source>The request is not HTTP/1.x.</source>
        <translation>该请求不是 HTTP/1.x。</translation>
    </message>
    <message>
        <source>Only GET is answered here, not %1.</source>
        <translation>此处仅应答 GET，不应答 %1。</translation>
    </message>
    <message>
        <source>Nothing is served at this path.</source>
        <translation>此路径下没有提供任何内容。</translation>
    </message>
    <message>
        <source>The callback repeats a parameter.</source>
        <translation>回调中有重复的参数。</translation>
    </message>
    <message>
        <source>No attempt is waiting for this answer.</source>
        <translation>没有正在等待此应答的授权尝试。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
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
    <message>
        <source>Token does not expire</source>
        <translation>令牌不会过期</translation>
    </message>
    <message>
        <source>Token: %1 left</source>
        <translation>令牌：剩余 %1</translation>
    </message>
    <message>
        <source>Token expired</source>
        <translation>令牌已过期</translation>
    </message>
    <message>
        <source>Sandbox (not Lofty)</source>
        <translation>沙盒（不是 Lofty）</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>The built-in sandbox&apos;s test accounts, apps and fault switches</source>
        <translation>内置沙盒的测试账号、应用和故障开关</translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>集合</translation>
    </message>
    <message>
        <source>Saved requests, variables and runs</source>
        <translation>已保存的请求、变量和运行记录</translation>
    </message>
    <message>
        <source>Webhooks</source>
        <translation>Webhook</translation>
    </message>
    <message>
        <source>Subscriptions and a local receiver for deliveries</source>
        <translation>订阅以及用于接收投递的本地接收器</translation>
    </message>
    <message>
        <source>&amp;Update API Catalog…</source>
        <translation>更新 API 目录(&amp;U)…</translation>
    </message>
    <message>
        <source>&amp;Profiles…</source>
        <translation>配置(&amp;P)…</translation>
    </message>
    <message>
        <source>Acco&amp;unt:</source>
        <translation>账号(&amp;U)：</translation>
    </message>
</context>
<context>
    <name>OAuthFlow</name>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>The attempt was cancelled.</source>
        <translation>此次尝试已取消。</translation>
    </message>
    <message>
        <source>The authorization was cancelled.</source>
        <translation>授权已取消。</translation>
    </message>
</context>
<context>
    <name>OpenApiImporter</name>
    <message>
        <source>The API grants file is not a JSON object: %1</source>
        <translation>API 授予文件不是 JSON 对象：%1</translation>
    </message>
    <message>
        <source>The API grants file names no id or api for &quot;%1&quot;</source>
        <translation>API 授予文件没有为“%1”指定 id 或 api</translation>
    </message>
    <message>
        <source>The document is %1 MB; at most %2 MB are read</source>
        <translation>文档大小为 %1 MB；最多读取 %2 MB</translation>
    </message>
    <message>
        <source>The document is not valid JSON: %1</source>
        <translation>文档不是有效的 JSON：%1</translation>
    </message>
    <message>
        <source>The document is Swagger 2.0; only OpenAPI 3.0 and 3.1 are read</source>
        <translation>该文档是 Swagger 2.0；仅支持读取 OpenAPI 3.0 和 3.1</translation>
    </message>
    <message>
        <source>The document is not OpenAPI 3.0 or 3.1 (no &quot;openapi&quot;: &quot;3.x&quot; at the top)</source>
        <translation>该文档不是 OpenAPI 3.0 或 3.1（顶层没有 &quot;openapi&quot;: &quot;3.x&quot;）</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2：%3</translation>
    </message>
    <message>
        <source>Generated by the console&apos;s OpenAPI importer from &quot;%1&quot; version %2 (OpenAPI %3).</source>
        <translation>由控制台的 OpenAPI 导入器根据“%1”版本 %2（OpenAPI %3）生成。</translation>
    </message>
    <message>
        <source>The document gives a catalog the console cannot use:
%1</source>
        <translation>该文档生成的目录无法被控制台使用：
%1</translation>
    </message>
    <message>
        <source>The document has no &quot;paths&quot;: there are no operations to import</source>
        <translation>该文档没有 &quot;paths&quot;：没有可导入的操作</translation>
    </message>
    <message>
        <source>The path &quot;%1&quot; does not start with &quot;/&quot;</source>
        <translation>路径“%1”不是以“/”开头</translation>
    </message>
    <message>
        <source>The path &quot;%1&quot; is not an object</source>
        <translation>路径“%1”不是对象</translation>
    </message>
    <message>
        <source>%1 %2 is not an object</source>
        <translation>%1 %2 不是对象</translation>
    </message>
    <message>
        <source>The document has more than %1 operations</source>
        <translation>该文档的操作超过 %1 个</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>The document has no GET, POST, PUT, PATCH or DELETE operation</source>
        <translation>该文档没有任何 GET、POST、PUT、PATCH 或 DELETE 操作</translation>
    </message>
</context>
<context>
    <name>OpenApiSchema</name>
    <message>
        <source>the reference &quot;%1&quot; points outside the document; only local references (#/...) are read</source>
        <translation>引用“%1”指向文档外部；仅读取本地引用（#/...）</translation>
    </message>
    <message>
        <source>the reference &quot;%1&quot; is not a JSON pointer</source>
        <translation>引用“%1”不是 JSON 指针</translation>
    </message>
    <message>
        <source>the reference &quot;%1&quot; points to nothing</source>
        <translation>引用“%1”未指向任何内容</translation>
    </message>
    <message>
        <source>the reference &quot;%1&quot; refers to itself</source>
        <translation>引用“%1”引用了自身</translation>
    </message>
    <message>
        <source>references nest deeper than %1 at &quot;%2&quot;</source>
        <translation>在“%2”处引用嵌套超过 %1 层</translation>
    </message>
    <message>
        <source>allOf nests deeper than %1</source>
        <translation>allOf 嵌套超过 %1 层</translation>
    </message>
    <message>
        <source>a schema expands to more than %1 sample values</source>
        <translation>某个 schema 展开后超过 %1 个示例值</translation>
    </message>
</context>
<context>
    <name>PageFetcher</name>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>No account to send as.</source>
        <translation>没有可用于发送的账号。</translation>
    </message>
    <message>
        <source>Page %1: %2</source>
        <translation>第 %1 页：%2</translation>
    </message>
    <message>
        <source>Page %1 holds no list of items.</source>
        <translation>第 %1 页不包含条目列表。</translation>
    </message>
    <message>
        <source>Page %1 is not JSON: %2</source>
        <translation>第 %1 页不是 JSON：%2</translation>
    </message>
    <message>
        <source>Stopped after %1 pages.</source>
        <translation>已在 %1 页后停止。</translation>
    </message>
</context>
<context>
    <name>PostmanImport</name>
    <message>
        <source>This is not JSON: %1 at byte %2.</source>
        <translation>这不是有效的 JSON：%1（位于第 %2 字节）。</translation>
    </message>
    <message>
        <source>This is not a Postman collection: the file holds no JSON object.</source>
        <translation>这不是 Postman 集合：文件中没有 JSON 对象。</translation>
    </message>
    <message>
        <source>This is a Postman collection in the old v1 format: export it again from Postman as &quot;Collection v2.1&quot;.</source>
        <translation>这是旧版 v1 格式的 Postman 集合：请在 Postman 中重新导出为“Collection v2.1”。</translation>
    </message>
    <message>
        <source>This is not a Postman collection: info.schema does not name the v2.1 collection schema.</source>
        <translation>这不是 Postman 集合：info.schema 未指明 v2.1 集合架构。</translation>
    </message>
    <message>
        <source>Imported from Postman</source>
        <translation>从 Postman 导入</translation>
    </message>
    <message>
        <source>The collection</source>
        <translation>该集合</translation>
    </message>
    <message>
        <source>The collection&apos;s scripts were not imported: use captures and assertions.</source>
        <translation>集合的脚本未导入：请使用捕获和断言。</translation>
    </message>
    <message>
        <source>The Postman collection &quot;%1&quot; holds no request.</source>
        <translation>Postman 集合“%1”中没有任何请求。</translation>
    </message>
    <message>
        <source>The value of the variable &quot;%1&quot; was not imported: it is a secret variable now; set its value in the keychain.</source>
        <translation>变量“%1”的值未导入：它现在是机密变量；请在钥匙串中设置其值。</translation>
    </message>
    <message>
        <source>Folder &quot;%1&quot;</source>
        <translation>文件夹“%1”</translation>
    </message>
    <message>
        <source>Folder &quot;%1&quot;: its scripts were not imported.</source>
        <translation>文件夹“%1”：其脚本未导入。</translation>
    </message>
    <message>
        <source>Request &quot;%1&quot;</source>
        <translation>请求“%1”</translation>
    </message>
    <message>
        <source>%1 was skipped: it is neither a request nor a folder.</source>
        <translation>已跳过 %1：它既不是请求也不是文件夹。</translation>
    </message>
    <message>
        <source>%1: its Authorization header was not imported; requests are sent with the selected account&apos;s credentials.</source>
        <translation>%1：其 Authorization 请求头未导入；请求将使用所选账号的凭据发送。</translation>
    </message>
    <message>
        <source>%1: the values of %2 were replaced by {{variables}} of those names (secret variables; set their values in the keychain).</source>
        <translation>%1：%2 的值已替换为同名的 {{variables}}（机密变量；请在钥匙串中设置其值）。</translation>
    </message>
    <message>
        <source>%1: the disabled query parameter &quot;%2&quot; was left out.</source>
        <translation>%1：已忽略禁用的查询参数“%2”。</translation>
    </message>
    <message>
        <source>%1: its %2 body was not imported (only raw and urlencoded bodies are).</source>
        <translation>%1：其 %2 请求体未导入（仅支持 raw 和 urlencoded 请求体）。</translation>
    </message>
    <message>
        <source>%1: its pre-request script was not imported.</source>
        <translation>%1：其预请求脚本未导入。</translation>
    </message>
    <message>
        <source>%1: its test script became %2 capture(s) and %3 assertion(s)</source>
        <translation>%1：其测试脚本已转换为 %2 个捕获和 %3 个断言</translation>
    </message>
    <message numerus="yes">
        <source>; %n line(s) were not translated</source>
        <translation>
            <numerusform>；%n 行未能转换</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: its %2 authorization was not imported; requests are sent with the selected account&apos;s credentials.</source>
        <translation>%1：其 %2 授权未导入；请求将使用所选账号的凭据发送。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB: not a collection export.</source>
        <translation>%1 大于 %2 MB：不是集合导出文件。</translation>
    </message>
    <message>
        <source>%1 already exists and is not empty: choose a new folder for the collection.</source>
        <translation>%1 已存在且不为空：请为集合选择一个新文件夹。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Cannot write in %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Cannot move the imported collection to %1.</source>
        <translation>无法将导入的集合移动到 %1。</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>My Lofty app</source>
        <translation>我的 Lofty 应用</translation>
    </message>
    <message>
        <source>The built-in sandbox&apos;s web app (not Lofty)</source>
        <translation>内置沙盒的 Web 应用（非 Lofty）</translation>
    </message>
    <message>
        <source>The redirect host must be 127.0.0.1 or localhost (the listener binds 127.0.0.1 only), not &quot;%1&quot;.</source>
        <translation>重定向主机必须是 127.0.0.1 或 localhost（监听器仅绑定 127.0.0.1），而不是“%1”。</translation>
    </message>
    <message>
        <source>The redirect path must start with / and have no query or fragment, not &quot;%1&quot;.</source>
        <translation>重定向路径必须以 / 开头，且不含查询或片段，而不是“%1”。</translation>
    </message>
</context>
<context>
    <name>ProfileCatalog</name>
    <message>
        <source>There is no usable catalog to keep.</source>
        <translation>没有可保留的可用目录。</translation>
    </message>
    <message>
        <source>%1 cannot be removed.</source>
        <translation>无法移除 %1。</translation>
    </message>
</context>
<context>
    <name>ProfileCatalogStore</name>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>ProfileExchange</name>
    <message>
        <source>The file is not valid JSON (%1 at offset %2).</source>
        <translation>该文件不是有效的 JSON（%1，位于偏移量 %2）。</translation>
    </message>
    <message>
        <source>The file must hold a JSON object.</source>
        <translation>该文件必须包含一个 JSON 对象。</translation>
    </message>
    <message>
        <source>must be &quot;%1&quot;: this is not an exported console profile</source>
        <translation>必须为“%1”：这不是导出的控制台配置</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>必须为整数</translation>
    </message>
    <message>
        <source>%1 is not supported; this console reads version %2</source>
        <translation>不支持 %1；此控制台读取的是版本 %2</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>缺失</translation>
    </message>
</context>
<context>
    <name>ProfileJson</name>
    <message>
        <source>&quot;%1&quot; is not an authorize style; expected standard or loftyVendorAuth</source>
        <translation>“%1”不是有效的授权方式；应为 standard 或 loftyVendorAuth</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a client authentication method; expected requestBody or httpBasic</source>
        <translation>“%1”不是有效的客户端身份验证方法；应为 requestBody 或 httpBasic</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>缺失</translation>
    </message>
</context>
<context>
    <name>ProfilePresets</name>
    <message>
        <source>a non-empty name</source>
        <translation>非空名称</translation>
    </message>
    <message>
        <source>an absolute http(s) URL</source>
        <translation>绝对 http(s) URL</translation>
    </message>
    <message>
        <source>requestBody or httpBasic</source>
        <translation>requestBody 或 httpBasic</translation>
    </message>
    <message>
        <source>any text (empty: not sent)</source>
        <translation>任意文本（为空：不发送）</translation>
    </message>
    <message>
        <source>the client id from the portal</source>
        <translation>门户中的客户端 ID</translation>
    </message>
    <message>
        <source>127.0.0.1 or localhost</source>
        <translation>127.0.0.1 或 localhost</translation>
    </message>
    <message>
        <source>0 (any free port) to 65535</source>
        <translation>0（任意空闲端口）到 65535</translation>
    </message>
    <message>
        <source>a path starting with /</source>
        <translation>以 / 开头的路径</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true 或 false</translation>
    </message>
    <message>
        <source>the RFC 9207 issuer (empty: not checked)</source>
        <translation>RFC 9207 颁发者（为空：不检查）</translation>
    </message>
    <message>
        <source>empty or a path starting with /</source>
        <translation>为空或以 / 开头的路径</translation>
    </message>
    <message>
        <source>0 (unknown) to 36500</source>
        <translation>0（未知）到 36500</translation>
    </message>
    <message>
        <source>development, underReview, production or declined (as the portal shows it)</source>
        <translation>development、underReview、production 或 declined（与门户中显示的一致）</translation>
    </message>
    <message>
        <source>Lofty (developer.lofty.com)</source>
        <translation>Lofty（developer.lofty.com）</translation>
    </message>
    <message>
        <source>Lofty, help-center token endpoint (HTTP Basic + client_id)</source>
        <translation>Lofty，帮助中心令牌端点（HTTP Basic + client_id）</translation>
    </message>
    <message>
        <source>Sandbox (built in, not Lofty)</source>
        <translation>Sandbox（内置，非 Lofty）</translation>
    </message>
    <message>
        <source>Generic OAuth 2.0 server</source>
        <translation>通用 OAuth 2.0 服务器</translation>
    </message>
    <message>
        <source>My OAuth app</source>
        <translation>我的 OAuth 应用</translation>
    </message>
    <message>
        <source>A profile needs a name.</source>
        <translation>配置需要一个名称。</translation>
    </message>
    <message>
        <source>There is already a profile named &quot;%1&quot;.</source>
        <translation>已存在名为“%1”的配置。</translation>
    </message>
    <message>
        <source>%1: expected %2, not &quot;%3&quot;.</source>
        <translation>%1：应为%2，而不是“%3”。</translation>
    </message>
    <message>
        <source>Unknown key &quot;%1&quot;; the keys are: %2.</source>
        <translation>未知键“%1”；可用的键为：%2。</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>%1 was missing.</source>
        <translation>%1 缺失。</translation>
    </message>
    <message>
        <source>%1 cannot be read (%2). It was left as it is and changes will not be saved until it can be read; the console uses the preset profiles meanwhile.</source>
        <translation>无法读取 %1（%2）。该文件保持原样，在能够读取之前不会保存任何更改；在此期间控制台将使用预设配置。</translation>
    </message>
    <message>
        <source>It could not be set aside, so it was left as it is and changes will not be saved.</source>
        <translation>无法将其移到一旁，因此已保持原样，更改将不会被保存。</translation>
    </message>
    <message>
        <source>It was set aside as %1; nothing in it was deleted.</source>
        <translation>已将其另存为 %1；其中的内容均未删除。</translation>
    </message>
    <message>
        <source>The profiles that could be read were kept: %1.</source>
        <translation>已保留可读取的配置：%1。</translation>
    </message>
    <message>
        <source>Your profiles were restored from the backup saved %1.</source>
        <translation>已从 %1 保存的备份中恢复您的配置。</translation>
    </message>
    <message>
        <source>There is no usable backup; the console starts with the preset profiles.</source>
        <translation>没有可用的备份；控制台将以预设配置启动。</translation>
    </message>
    <message>
        <source>%1 is empty, probably cut short by a crash or a full disk.</source>
        <translation>%1 为空，可能是因为崩溃或磁盘已满而被截断。</translation>
    </message>
    <message>
        <source>%1 ends too early (after %2 bytes): it was cut short, probably by a crash or a full disk.</source>
        <translation>%1 提前结束（在 %2 字节之后）：文件被截断，可能是由于崩溃或磁盘已满。</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2 at byte %3.</source>
        <translation>%1 不是有效的 JSON：%2，位于字节 %3。</translation>
    </message>
    <message>
        <source>the file must hold a JSON object</source>
        <translation>该文件必须包含一个 JSON 对象</translation>
    </message>
    <message>
        <source>%1 has values of the wrong type or not allowed here: %2.</source>
        <translation>%1 包含类型错误或此处不允许的值：%2。</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of the console (file format %2; this version reads up to %3).</source>
        <translation>%1 由更新版本的控制台写入（文件格式 %2；此版本最高可读取 %3）。</translation>
    </message>
    <message>
        <source>must be &quot;%1&quot;</source>
        <translation>必须为“%1”</translation>
    </message>
    <message>
        <source>must be a whole number from 1 to %1</source>
        <translation>必须为 1 到 %1 之间的整数</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>必须为字符串</translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation>必须为数组</translation>
    </message>
    <message>
        <source>repeats the profile id &quot;%1&quot;</source>
        <translation>重复了配置 ID“%1”</translation>
    </message>
    <message>
        <source>A profile needs an id.</source>
        <translation>配置需要一个 ID。</translation>
    </message>
    <message>
        <source>There is no profile with the id %1.</source>
        <translation>没有 ID 为 %1 的配置。</translation>
    </message>
    <message>
        <source>The built-in Sandbox profile cannot be deleted.</source>
        <translation>无法删除内置的沙盒配置。</translation>
    </message>
    <message>
        <source>There is no account %1 in profile %2.</source>
        <translation>配置 %2 中没有账号 %1。</translation>
    </message>
    <message>
        <source>Profiles are not saved: %1</source>
        <translation>配置未保存：%1</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>%1 changed on disk and is no longer usable; it could not be set aside, so it was not overwritten.</source>
        <translation>%1 已在磁盘上被更改且不再可用；无法将其移到一旁，因此未覆盖该文件。</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; carries a secret and cannot be a stored extra parameter: the console adds client secrets, customer keys and tokens from the keychain.</source>
        <translation>“%1”包含机密，不能作为保存的额外参数：控制台会从钥匙串中添加客户端密钥、客户密钥和令牌。</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; needs an API base URL (such as https://api.lofty.com): tokens are only ever sent to that host.</source>
        <translation>配置“%1”需要 API 基础 URL（例如 https://api.lofty.com）：令牌只会发送到该主机。</translation>
    </message>
    <message>
        <source>The API base URL &quot;%1&quot; of the profile &quot;%2&quot; is not an absolute http(s) URL with a host, such as https://api.lofty.com.</source>
        <translation>配置“%2”的 API 基础 URL“%1”不是带主机的绝对 http(s) URL（例如 https://api.lofty.com）。</translation>
    </message>
    <message>
        <source>%1 is being changed by another process (lock file %2.lock); try again.</source>
        <translation>%1 正被另一个进程修改（锁文件 %2.lock）；请重试。</translation>
    </message>
    <message>
        <source>There is already a profile with the id %1 (&quot;%2&quot;); it was left as it is.</source>
        <translation>已存在 id 为 %1 的配置（“%2”）；已保持原样。</translation>
    </message>
</context>
<context>
    <name>ProfilesDialog</name>
    <message>
        <source>Profiles</source>
        <translation>配置</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>配置名称</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>预设</translation>
    </message>
    <message>
        <source>&amp;New from preset</source>
        <translation>从预设新建(&amp;N)</translation>
    </message>
    <message>
        <source>A new profile from the chosen preset, named as typed (or after the preset)</source>
        <translation>基于所选预设新建配置，使用输入的名称（或以预设命名）</translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation>复制(&amp;D)</translation>
    </message>
    <message>
        <source>A copy of the selected profile&apos;s setup, without its accounts</source>
        <translation>复制所选配置的设置，不含其账号</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>重命名(&amp;R)</translation>
    </message>
    <message>
        <source>Give the selected profile the name typed above</source>
        <translation>将所选配置重命名为上方输入的名称</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>删除(&amp;L)…</translation>
    </message>
    <message>
        <source>Delete the selected profile and its keychain entries (asks first)</source>
        <translation>删除所选配置及其钥匙串条目（会先询问）</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>Add a profile from an exported file</source>
        <translation>从导出的文件添加配置</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <source>Save the selected profile&apos;s setup to share: no secrets, no accounts</source>
        <translation>保存所选配置的设置以便共享：不含机密，不含账号</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Preset:</source>
        <translation>预设(&amp;P)：</translation>
    </message>
    <message>
        <source>Import a profile</source>
        <translation>导入配置</translation>
    </message>
    <message>
        <source>Console profiles (*.json)</source>
        <translation>控制台配置 (*.json)</translation>
    </message>
    <message>
        <source>Export the profile</source>
        <translation>导出配置</translation>
    </message>
    <message>
        <source>%1 (in use)</source>
        <translation>%1（使用中）</translation>
    </message>
    <message>
        <source>Created &quot;%1&quot; from the %2 preset.</source>
        <translation>已基于 %2 预设创建“%1”。</translation>
    </message>
    <message>
        <source>Select a profile first.</source>
        <translation>请先选择一个配置。</translation>
    </message>
    <message>
        <source>%1 copy</source>
        <translation>%1 副本</translation>
    </message>
    <message>
        <source>Duplicated as &quot;%1&quot; (without accounts).</source>
        <translation>已复制为“%1”（不含账号）。</translation>
    </message>
    <message>
        <source>Renamed to &quot;%1&quot;.</source>
        <translation>已重命名为“%1”。</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>删除配置</translation>
    </message>
    <message numerus="yes">
        <source>Delete &quot;%1&quot; with its %n account(s)? Its client secret and every token it keeps are removed from the keychain too.</source>
        <translation>
            <numerusform>删除“%1”及其 %n 个账号？其客户端密钥和保存的所有令牌也会从钥匙串中移除。</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted &quot;%1&quot; and its keychain entries.</source>
        <translation>已删除“%1”及其钥匙串条目。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a usable profile: %2</source>
        <translation>%1 不是可用的配置：%2</translation>
    </message>
    <message>
        <source>Imported &quot;%1&quot;.</source>
        <translation>已导入“%1”。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Exported &quot;%1&quot; to %2 (no secrets, no accounts).</source>
        <translation>已将“%1”导出到 %2（不含机密，不含账号）。</translation>
    </message>
</context>
<context>
    <name>RateLimiter</name>
    <message>
        <source>The server answered 429 Too Many Requests.</source>
        <translation>服务器返回了 429 Too Many Requests。</translation>
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
    <name>RegistrationLint</name>
    <message>
        <source>No client id: copy it from the Developer Portal&apos;s app table.</source>
        <translation>没有客户端 ID：请从开发者门户（Developer Portal）的应用列表中复制。</translation>
    </message>
    <message>
        <source>The console receives the authorization on %1, which is not among the app&apos;s redirect URIs. Register %2 in the Developer Portal (a loopback URI matches any port).</source>
        <translation>控制台在 %1 上接收授权，但该地址不在应用的重定向 URI 中。请在开发者门户中注册 %2（环回 URI 可匹配任意端口）。</translation>
    </message>
    <message>
        <source>%1 uses plain http on a non-loopback host; authorization codes would travel unencrypted.</source>
        <translation>%1 在非环回主机上使用明文 http；授权码将以未加密的方式传输。</translation>
    </message>
    <message>
        <source>No API is granted: every request will be refused with 403 (code 200100).</source>
        <translation>未授予任何 API：所有请求都将被拒绝并返回 403（代码 200100）。</translation>
    </message>
    <message>
        <source>%1 mode allows %2 requests per minute for the whole app.</source>
        <translation>%1 模式下整个应用每分钟允许 %2 个请求。</translation>
    </message>
    <message>
        <source>The server reports a limit of %1 requests per minute, not the %2 of %3 mode: the mode recorded here may be out of date, or the endpoint has its own limit.</source>
        <translation>服务器报告的限制为每分钟 %1 个请求，而不是 %3 模式的 %2 个：此处记录的模式可能已过时，或者该端点有自己的限制。</translation>
    </message>
    <message>
        <source>Removes %1: existing tokens keep working for the other APIs.</source>
        <translation>移除 %1：现有令牌对其他 API 仍然有效。</translation>
    </message>
    <message>
        <source>Renames the app; tokens are not affected.</source>
        <translation>重命名应用；令牌不受影响。</translation>
    </message>
    <message>
        <source>Changes the description; tokens are not affected.</source>
        <translation>更改描述；令牌不受影响。</translation>
    </message>
    <message>
        <source>Changes the website; tokens are not affected.</source>
        <translation>更改网站；令牌不受影响。</translation>
    </message>
    <message>
        <source>Changes the redirect URIs; tokens are not affected, but new authorizations must use a registered URI.</source>
        <translation>更改重定向 URI；令牌不受影响，但新的授权必须使用已注册的 URI。</translation>
    </message>
    <message>
        <source>Changes the client id: this is another app, and the accounts authorized under the old one do not carry over.</source>
        <translation>更改客户端 ID：这将是另一个应用，在旧应用下授权的账号不会沿用。</translation>
    </message>
    <message>
        <source>Mode %1 → %2: the rate limit becomes %3 requests per minute.</source>
        <translation>模式 %1 → %2：速率限制变为每分钟 %3 个请求。</translation>
    </message>
    <message>
        <source>Under review: the approved configuration keeps running (with Production&apos;s limit) until Lofty publishes the pending edit; edits are locked until then.</source>
        <translation>审核中：在 Lofty 发布待审核的修改之前，已批准的配置继续运行（采用生产模式的限制）；在此之前无法编辑。</translation>
    </message>
    <message>
        <source>Under review: the app keeps Development&apos;s limits until Lofty approves it; edits are locked until then.</source>
        <translation>审核中：在 Lofty 批准之前，应用保持开发中模式的限制；在此之前无法编辑。</translation>
    </message>
    <message>
        <source>Declined: read Lofty&apos;s e-mail for the reason, edit the app and resubmit it.</source>
        <translation>已拒绝：请阅读 Lofty 的电子邮件了解原因，编辑应用后重新提交。</translation>
    </message>
    <message>
        <source>Declined: %1 Edit the app and resubmit it.</source>
        <translation>已拒绝：%1 请编辑应用后重新提交。</translation>
    </message>
    <message>
        <source>The pending edit adds %1: when it is published, every token of the app stops working and each account must authorize again.</source>
        <translation>待审核的修改添加了 %1：发布后，应用的所有令牌都将失效，每个账号都必须重新授权。</translation>
    </message>
    <message>
        <source>Adds %1: every existing token of the app stops working at once and each user has to authorize again.</source>
        <translation>添加 %1：应用的所有现有令牌会立即失效，每个用户都必须重新授权。</translation>
    </message>
    <message>
        <source>Adds %1: when Lofty publishes the edit, every existing token of the app stops working and each user has to authorize again.</source>
        <translation>添加 %1：Lofty 发布该修改后，应用的所有现有令牌都将失效，每个用户都必须重新授权。</translation>
    </message>
    <message numerus="yes">
        <source>Changing the client id makes this another app: %n account(s) authorized under the old one will need re-authorization.</source>
        <translation>
            <numerusform>更改客户端 ID 会使其成为另一个应用：在旧应用下授权的 %n 个账号需要重新授权。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Adding %1 invalidates every token of the app now: %n account(s) will need re-authorization.</source>
        <translation>
            <numerusform>添加 %1 会立即使应用的所有令牌失效：%n 个账号需要重新授权。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Adding %1 invalidates every token of the app when the edit is published: %n account(s) will need re-authorization then.</source>
        <translation>
            <numerusform>添加 %1 会在修改发布时使应用的所有令牌失效：届时 %n 个账号需要重新授权。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Changing the redirect URIs keeps existing tokens (0 of %n account(s) need re-authorization now), but every new authorization must use one of the new URIs.</source>
        <translation>
            <numerusform>更改重定向 URI 不影响现有令牌（%n 个账号中目前有 0 个需要重新授权），但之后的每次授权都必须使用新的 URI 之一。</numerusform>
        </translation>
    </message>
    <message>
        <source>The redirect URIs change too: the re-authorizations must use one of the new URIs.</source>
        <translation>重定向 URI 也会更改：重新授权必须使用新的 URI 之一。</translation>
    </message>
</context>
<context>
    <name>RegistrationPanel</name>
    <message>
        <source>Registration</source>
        <translation>注册</translation>
    </message>
    <message>
        <source>Your app&apos;s registration, provider endpoints and granted APIs</source>
        <translation>您的应用注册信息、提供方端点和已授予的 API</translation>
    </message>
    <message>
        <source>Sandbox: edits go to the built-in sandbox&apos;s admin API and take effect at once.</source>
        <translation>沙盒：编辑内容将发送到内置沙盒的管理 API，并立即生效。</translation>
    </message>
    <message>
        <source>Registration findings</source>
        <translation>注册检查结果</translation>
    </message>
    <message>
        <source>Problems Lofty&apos;s portal or OAuth server would have with this registration</source>
        <translation>Lofty 门户或 OAuth 服务器对此注册可能提出的问题</translation>
    </message>
    <message>
        <source>Pending changes</source>
        <translation>待保存的更改</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Save the registration (Ctrl+S)</source>
        <translation>保存注册信息（Ctrl+S）</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>还原(&amp;V)</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>还原</translation>
    </message>
    <message>
        <source>Discard the unsaved edits</source>
        <translation>放弃未保存的编辑</translation>
    </message>
    <message>
        <source>App (as the Developer Portal shows it)</source>
        <translation>应用（与开发者门户中显示的一致）</translation>
    </message>
    <message>
        <source>App name</source>
        <translation>应用名称</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>网站</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>客户端 ID</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>客户端密钥</translation>
    </message>
    <message>
        <source>Kept in the keychain, never in the profile file; leave empty to keep the stored one</source>
        <translation>保存在钥匙串中，从不写入配置文件；留空则保留已存储的值</translation>
    </message>
    <message>
        <source>unchanged (stored in the keychain)</source>
        <translation>未更改（已存储在钥匙串中）</translation>
    </message>
    <message>
        <source>Redirect URIs</source>
        <translation>重定向 URI</translation>
    </message>
    <message>
        <source>One per line; loopback URIs match any port</source>
        <translation>每行一个；环回 URI 可匹配任意端口</translation>
    </message>
    <message>
        <source>Rate limit</source>
        <translation>速率限制</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>描述(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>网站(&amp;W)：</translation>
    </message>
    <message>
        <source>Client &amp;ID:</source>
        <translation>客户端 ID(&amp;I)：</translation>
    </message>
    <message>
        <source>Client s&amp;ecret:</source>
        <translation>客户端密钥(&amp;E)：</translation>
    </message>
    <message>
        <source>Redirect &amp;URIs:</source>
        <translation>重定向 URI(&amp;U)：</translation>
    </message>
    <message>
        <source>Rate limit:</source>
        <translation>速率限制：</translation>
    </message>
    <message>
        <source>Provider endpoints</source>
        <translation>提供方端点</translation>
    </message>
    <message>
        <source>Authorize URL</source>
        <translation>授权 URL</translation>
    </message>
    <message>
        <source>Lofty vendor-auth page (clientId parameter)</source>
        <translation>Lofty vendor-auth 页面（clientId 参数）</translation>
    </message>
    <message>
        <source>Vendor-auth authorize style</source>
        <translation>vendor-auth 授权方式</translation>
    </message>
    <message>
        <source>Token URL</source>
        <translation>令牌 URL</translation>
    </message>
    <message>
        <source>API base URL</source>
        <translation>API 基础 URL</translation>
    </message>
    <message>
        <source>Client authentication</source>
        <translation>客户端身份验证</translation>
    </message>
    <message>
        <source>How the client secret reaches the token endpoint</source>
        <translation>客户端密钥如何传递给令牌端点</translation>
    </message>
    <message>
        <source>Secret in the request body</source>
        <translation>在请求体中传递密钥</translation>
    </message>
    <message>
        <source>HTTP Basic</source>
        <translation>HTTP Basic</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Scope</translation>
    </message>
    <message>
        <source>Sent when not empty; Lofty answers openApi</source>
        <translation>非空时发送；Lofty 返回 openApi</translation>
    </message>
    <message>
        <source>Extra authorize parameters</source>
        <translation>额外的授权参数</translation>
    </message>
    <message>
        <source>Extra token parameters</source>
        <translation>额外的令牌参数</translation>
    </message>
    <message>
        <source>&amp;Authorize URL:</source>
        <translation>授权 URL(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Token URL:</source>
        <translation>令牌 URL(&amp;T)：</translation>
    </message>
    <message>
        <source>API &amp;base URL:</source>
        <translation>API 基础 URL(&amp;B)：</translation>
    </message>
    <message>
        <source>S&amp;cope:</source>
        <translation>Scope(&amp;C)：</translation>
    </message>
    <message>
        <source>Extra authorize parameters:</source>
        <translation>额外的授权参数：</translation>
    </message>
    <message>
        <source>Extra token parameters:</source>
        <translation>额外的令牌参数：</translation>
    </message>
    <message>
        <source>Granted APIs</source>
        <translation>已授予的 API</translation>
    </message>
    <message>
        <source>The APIs the portal grants this app, grouped as in the catalog; Space toggles one</source>
        <translation>门户授予此应用的 API，按目录分组；按空格键可切换选中状态</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) per minute</source>
        <translation>
            <numerusform>每分钟 %n 个请求</numerusform>
        </translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>注意</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>未发现问题。</translation>
    </message>
    <message>
        <source>Breaking: adding %1 invalidates every token of this app; each account must be authorized again.</source>
        <translation>破坏性变更：添加 %1 会使此应用的所有令牌失效；每个账号都必须重新授权。</translation>
    </message>
    <message>
        <source>Provider settings changed.</source>
        <translation>提供方设置已更改。</translation>
    </message>
    <message>
        <source>No unsaved changes.</source>
        <translation>没有未保存的更改。</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <source>App registration and provider settings</source>
        <translation>应用注册与提供方设置</translation>
    </message>
    <message>
        <source>The keychain is unavailable: kept in memory for this run only, never in the profile file</source>
        <translation>钥匙串不可用：仅在本次运行期间保存在内存中，绝不写入配置文件</translation>
    </message>
    <message>
        <source>unchanged (kept for this run only)</source>
        <translation>未更改（仅在本次运行期间保留）</translation>
    </message>
    <message>
        <source>Recorded mode</source>
        <translation>记录的模式</translation>
    </message>
    <message>
        <source>The mode the Developer Portal shows, set by hand (drops a pending edit); the lifecycle buttons above follow Lofty&apos;s rules</source>
        <translation>开发者门户中显示的模式，手动设置（会丢弃待审核的修改）；上方的生命周期按钮遵循 Lofty 的规则</translation>
    </message>
    <message>
        <source>Recorded &amp;mode:</source>
        <translation>记录的模式(&amp;M)：</translation>
    </message>
    <message>
        <source>Lifecycle (as the Developer Portal runs it)</source>
        <translation>生命周期（与开发者门户的流程一致）</translation>
    </message>
    <message>
        <source>Lifecycle state</source>
        <translation>生命周期状态</translation>
    </message>
    <message>
        <source>Approved configuration</source>
        <translation>已批准的配置</translation>
    </message>
    <message>
        <source>What the app runs on while an edit is reviewed</source>
        <translation>修改审核期间应用所使用的配置</translation>
    </message>
    <message>
        <source>Pending edit</source>
        <translation>待审核的修改</translation>
    </message>
    <message>
        <source>The edit waiting for review, as it differs from the approved configuration</source>
        <translation>等待审核的修改，以及它与已批准配置的差异</translation>
    </message>
    <message>
        <source>Decline reason</source>
        <translation>拒绝原因</translation>
    </message>
    <message>
        <source>Submit for review</source>
        <translation>提交审核</translation>
    </message>
    <message>
        <source>Send the app to Lofty&apos;s review (Development or Declined)</source>
        <translation>将应用提交给 Lofty 审核（开发中或已拒绝状态）</translation>
    </message>
    <message>
        <source>Cancel pending edit</source>
        <translation>取消待审核的修改</translation>
    </message>
    <message>
        <source>Withdraw the edit under review; the approved configuration stays</source>
        <translation>撤回审核中的修改；已批准的配置保持不变</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>发布</translation>
    </message>
    <message>
        <source>The review approves: the pending edit takes effect</source>
        <translation>审核通过：待审核的修改生效</translation>
    </message>
    <message>
        <source>Reason to decline</source>
        <translation>拒绝原因</translation>
    </message>
    <message>
        <source>reason (from Lofty&apos;s e-mail)</source>
        <translation>原因（来自 Lofty 的电子邮件）</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>The review declines, for the reason given</source>
        <translation>审核拒绝，原因如所填</translation>
    </message>
    <message>
        <source>Redirect (loopback listener)</source>
        <translation>重定向（环回监听器）</translation>
    </message>
    <message>
        <source>Redirect host</source>
        <translation>重定向主机</translation>
    </message>
    <message>
        <source>127.0.0.1 (RFC 8252 prefers the IP literal) or localhost for providers that insist on it</source>
        <translation>127.0.0.1（RFC 8252 推荐使用 IP 字面量），或对坚持要求的提供方使用 localhost</translation>
    </message>
    <message>
        <source>Redirect port</source>
        <translation>重定向端口</translation>
    </message>
    <message>
        <source>A fixed port for portals that need an exact redirect URI; 0 picks a free port at each sign-in</source>
        <translation>为需要精确重定向 URI 的门户指定固定端口；0 表示每次登录时选择一个空闲端口</translation>
    </message>
    <message>
        <source>any free port</source>
        <translation>任意空闲端口</translation>
    </message>
    <message>
        <source>Redirect path</source>
        <translation>重定向路径</translation>
    </message>
    <message>
        <source>PKCE also with the client secret</source>
        <translation>使用客户端密钥时也启用 PKCE</translation>
    </message>
    <message>
        <source>PKCE with the client secret</source>
        <translation>PKCE 与客户端密钥同时使用</translation>
    </message>
    <message>
        <source>RFC 9700 advises PKCE for every client; turn off only for a provider that refuses it</source>
        <translation>RFC 9700 建议所有客户端都使用 PKCE；仅在提供方拒绝时关闭</translation>
    </message>
    <message>
        <source>Redirect URI sent</source>
        <translation>发送的重定向 URI</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>主机(&amp;H)：</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>端口(&amp;O)：</translation>
    </message>
    <message>
        <source>Sent:</source>
        <translation>发送：</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <source>Breaking when published: adding %1 invalidates every token of this app then; each account must be authorized again.</source>
        <translation>发布时为破坏性变更：届时添加 %1 会使此应用的所有令牌失效；每个账号都必须重新授权。</translation>
    </message>
    <message>
        <source>A Production app&apos;s edits go through review: saving submits this as a pending edit; the approved configuration keeps running meanwhile.</source>
        <translation>生产模式应用的修改需经过审核：保存时会将其作为待审核的修改提交；在此期间已批准的配置继续运行。</translation>
    </message>
    <message>
        <source>Breaking change</source>
        <translation>破坏性变更</translation>
    </message>
    <message>
        <source>Continue?</source>
        <translation>是否继续？</translation>
    </message>
    <message>
        <source>Not done: %1</source>
        <translation>未完成：%1</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n request(s) per minute</source>
        <translation>
            <numerusform>%1 — 每分钟 %n 个请求</numerusform>
        </translation>
    </message>
    <message>
        <source>. The approved configuration keeps running; edits are locked until the review ends or the pending edit is cancelled.</source>
        <translation>。已批准的配置继续运行；在审核结束或取消待审核的修改之前无法编辑。</translation>
    </message>
    <message>
        <source>. First review: edits are locked until it ends.</source>
        <translation>。首次审核：审核结束前无法编辑。</translation>
    </message>
    <message>
        <source>Declined: the reason is in Lofty&apos;s e-mail.</source>
        <translation>已拒绝：原因见 Lofty 的电子邮件。</translation>
    </message>
    <message>
        <source>Declined: %1</source>
        <translation>已拒绝：%1</translation>
    </message>
    <message>
        <source>Approved (in force): %1; APIs: %2</source>
        <translation>已批准（生效中）：%1；API：%2</translation>
    </message>
    <message>
        <source>Pending edit: %1</source>
        <translation>待审核的修改：%1</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>无更改</translation>
    </message>
    <message>
        <source>Resubmit</source>
        <translation>重新提交</translation>
    </message>
    <message>
        <source>Mark as published</source>
        <translation>标记为已发布</translation>
    </message>
    <message>
        <source>Mark as declined</source>
        <translation>标记为已拒绝</translation>
    </message>
    <message>
        <source>%1 — &lt;port&gt; is the free port bound at each sign-in; register %2 (a loopback URI matches any port).</source>
        <translation>%1 — &lt;port&gt; 是每次登录时绑定的空闲端口；请注册 %2（环回 URI 可匹配任意端口）。</translation>
    </message>
    <message>
        <source>&amp;Path:</source>
        <translation>路径(&amp;P)：</translation>
    </message>
    <message>
        <source>C&amp;lient authentication:</source>
        <translation>客户端身份验证(&amp;L)：</translation>
    </message>
</context>
<context>
    <name>RequestAssertion</name>
    <message>
        <source>status is %1</source>
        <translation>状态为 %1</translation>
    </message>
    <message>
        <source>Lofty code is 0</source>
        <translation>Lofty 返回码为 0</translation>
    </message>
    <message>
        <source>%1 exists</source>
        <translation>%1 存在</translation>
    </message>
    <message>
        <source>%1 equals %2</source>
        <translation>%1 等于 %2</translation>
    </message>
    <message>
        <source>%1 matches /%2/</source>
        <translation>%1 匹配 /%2/</translation>
    </message>
    <message>
        <source>time below %1 ms</source>
        <translation>耗时低于 %1 ms</translation>
    </message>
    <message>
        <source>expected status %1, got %2</source>
        <translation>预期状态为 %1，实际为 %2</translation>
    </message>
    <message>
        <source>took %1 ms, limit %2 ms</source>
        <translation>耗时 %1 ms，限制为 %2 ms</translation>
    </message>
    <message>
        <source>the response body is not JSON</source>
        <translation>响应体不是 JSON</translation>
    </message>
    <message>
        <source>nothing at %1</source>
        <translation>%1 处没有内容</translation>
    </message>
    <message>
        <source>%1 is %2, expected %3</source>
        <translation>%1 为 %2，预期为 %3</translation>
    </message>
    <message>
        <source>%1 is %2, which does not match /%3/</source>
        <translation>%1 为 %2，与 /%3/ 不匹配</translation>
    </message>
    <message>
        <source>HTTP status %1</source>
        <translation>HTTP 状态 %1</translation>
    </message>
    <message>
        <source>Lofty code %1</source>
        <translation>Lofty 返回码 %1</translation>
    </message>
    <message>
        <source>Lofty code %1: %2</source>
        <translation>Lofty 返回码 %1：%2</translation>
    </message>
    <message>
        <source>&quot;check&quot; must be status, loftyCode, exists, equals, matches or timeBelow, not &quot;%1&quot;</source>
        <translation>“check”必须为 status、loftyCode、exists、equals、matches 或 timeBelow，而不是“%1”</translation>
    </message>
    <message>
        <source>check &quot;%1&quot; needs a whole number (&quot;%2&quot;)</source>
        <translation>检查“%1”需要一个整数（“%2”）</translation>
    </message>
    <message>
        <source>check &quot;matches&quot;: bad pattern /%1/: %2</source>
        <translation>检查“matches”：模式 /%1/ 无效：%2</translation>
    </message>
    <message>
        <source>check &quot;%1&quot; needs a &quot;path&quot;</source>
        <translation>检查“%1”需要一个“path”</translation>
    </message>
</context>
<context>
    <name>RequestCapture</name>
    <message>
        <source>no response arrived</source>
        <translation>未收到响应</translation>
    </message>
    <message>
        <source>the response has no header &quot;%1&quot;</source>
        <translation>响应中没有标头“%1”</translation>
    </message>
    <message>
        <source>the response body is not JSON</source>
        <translation>响应体不是 JSON</translation>
    </message>
    <message>
        <source>nothing at %1 in the response</source>
        <translation>响应中 %1 处没有内容</translation>
    </message>
    <message>
        <source>a capture must be an object</source>
        <translation>捕获项必须是一个对象</translation>
    </message>
    <message>
        <source>a capture needs a &quot;variable&quot; name</source>
        <translation>捕获项需要一个“variable”名称</translation>
    </message>
    <message>
        <source>capture &quot;%1&quot; needs a &quot;header&quot; name</source>
        <translation>捕获项“%1”需要一个“header”名称</translation>
    </message>
    <message>
        <source>capture &quot;%1&quot;: &quot;from&quot; must be body, header or status, not &quot;%2&quot;</source>
        <translation>捕获项“%1”：“from”必须为 body、header 或 status，而不是“%2”</translation>
    </message>
</context>
<context>
    <name>RequestEditor</name>
    <message>
        <source>Pick an endpoint, or type a URL.</source>
        <translation>请选择一个端点，或输入 URL。</translation>
    </message>
    <message>
        <source>HTTP method</source>
        <translation>HTTP 方法</translation>
    </message>
    <message>
        <source>Request URL</source>
        <translation>请求 URL</translation>
    </message>
    <message>
        <source>Filled from the parameters; may be edited freely (Ctrl+L)</source>
        <translation>根据参数填充；可自由编辑（Ctrl+L）</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>发送(&amp;S)</translation>
    </message>
    <message>
        <source>Send the request (Ctrl+Return)</source>
        <translation>发送请求（Ctrl+Return）</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancel the request (Esc)</source>
        <translation>取消请求（Esc）</translation>
    </message>
    <message>
        <source>Cancel request</source>
        <translation>取消请求</translation>
    </message>
    <message>
        <source> s</source>
        <comment>seconds</comment>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Timeout: the request is abandoned after this many seconds without data</source>
        <translation>超时：在此秒数内未收到数据则放弃请求</translation>
    </message>
    <message>
        <source>Timeout in seconds</source>
        <translation>超时秒数</translation>
    </message>
    <message>
        <source>Copy as &amp;curl</source>
        <translation>复制为 curl(&amp;C)</translation>
    </message>
    <message>
        <source>Copy a curl command; secrets become shell variables (Ctrl+Shift+C)</source>
        <translation>复制 curl 命令；机密会替换为 shell 变量（Ctrl+Shift+C）</translation>
    </message>
    <message>
        <source>Copy as curl</source>
        <translation>复制为 curl</translation>
    </message>
    <message>
        <source>Copy with secrets in clear</source>
        <translation>复制（机密以明文显示）</translation>
    </message>
    <message>
        <source>Time&amp;out:</source>
        <translation>超时(&amp;O)：</translation>
    </message>
    <message>
        <source>Path and query parameters</source>
        <translation>路径参数和查询参数</translation>
    </message>
    <message>
        <source>Request headers</source>
        <translation>请求头</translation>
    </message>
    <message>
        <source>Request body</source>
        <translation>请求体</translation>
    </message>
    <message>
        <source>JSON body, pre-filled with the catalog&apos;s sample</source>
        <translation>JSON 请求体，已预填目录中的示例</translation>
    </message>
    <message>
        <source>Request parts</source>
        <translation>请求各部分</translation>
    </message>
    <message>
        <source>Pa&amp;rameters</source>
        <translation>参数(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Headers</source>
        <translation>请求头(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Body</source>
        <translation>请求体(&amp;B)</translation>
    </message>
    <message>
        <source>%1 — needs the API &quot;%2&quot;</source>
        <translation>%1 — 需要 API“%2”</translation>
    </message>
    <message>
        <source>path</source>
        <translation>路径</translation>
    </message>
    <message>
        <source>query</source>
        <translation>查询</translation>
    </message>
    <message>
        <source>%1 (%2, required):</source>
        <translation>%1（%2，必填）：</translation>
    </message>
    <message>
        <source>%1 (%2):</source>
        <translation>%1（%2）：</translation>
    </message>
    <message>
        <source>%1 parameter of type %2. %3</source>
        <translation>%1参数，类型为 %2。%3</translation>
    </message>
    <message>
        <source>This endpoint takes no parameters.</source>
        <translation>此端点不接受参数。</translation>
    </message>
    <message>
        <source>, default %1</source>
        <translation>，默认 %1</translation>
    </message>
</context>
<context>
    <name>RequestHistory</name>
    <message>
        <source>Cannot read the history file %1: %2</source>
        <translation>无法读取历史记录文件 %1：%2</translation>
    </message>
    <message>
        <source>Cannot write the history file %1: %2</source>
        <translation>无法写入历史记录文件 %1：%2</translation>
    </message>
    <message>
        <source>Cannot rewrite the history file %1: %2</source>
        <translation>无法重写历史记录文件 %1：%2</translation>
    </message>
    <message>
        <source>Cannot clear the history file %1: %2</source>
        <translation>无法清除历史记录文件 %1：%2</translation>
    </message>
    <message>
        <source>The history file %1 changed while it was being compacted; nothing was dropped.</source>
        <translation>历史文件 %1 在压缩期间被更改；未删除任何条目。</translation>
    </message>
</context>
<context>
    <name>RequestResolver</name>
    <message>
        <source>&quot;%1&quot; is not a usable URL.</source>
        <translation>“%1”不是可用的 URL。</translation>
    </message>
</context>
<context>
    <name>RequestTab</name>
    <message>
        <source>New request</source>
        <translation>新请求</translation>
    </message>
    <message>
        <source>No response yet.</source>
        <translation>尚无响应。</translation>
    </message>
    <message>
        <source>No account to send with: authorize one first.</source>
        <translation>没有可用于发送的账号：请先授权一个账号。</translation>
    </message>
    <message>
        <source>Sending %1 %2…</source>
        <translation>正在发送 %1 %2…</translation>
    </message>
    <message>
        <source>Waiting for the rate limit…</source>
        <translation>正在等待速率限制…</translation>
    </message>
    <message>
        <source>Getting a fresh token…</source>
        <translation>正在获取新令牌…</translation>
    </message>
    <message>
        <source>Copied %1 %2 as curl, secrets in clear</source>
        <translation>已将 %1 %2 复制为 curl 命令，机密为明文</translation>
    </message>
    <message>
        <source>Copied %1 %2 as curl, secrets as shell variables</source>
        <translation>已将 %1 %2 复制为 curl 命令，机密以 shell 变量表示</translation>
    </message>
</context>
<context>
    <name>RequestsPanel</name>
    <message>
        <source>Requests</source>
        <translation>请求</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) held by the rate limit; the next slot frees in %1 s (Esc cancels)</source>
        <translation>
            <numerusform>%n 个请求因速率限制而暂缓；下一个空位将在 %1 秒后释放（按 Esc 取消）</numerusform>
        </translation>
    </message>
    <message>
        <source>Compose requests from the endpoint catalog in tabs, send them and read the responses</source>
        <translation>在标签页中根据端点目录编写请求，发送并查看响应</translation>
    </message>
    <message>
        <source>Request tabs</source>
        <translation>请求标签页</translation>
    </message>
    <message>
        <source>Ctrl+T opens a tab, Ctrl+W closes it, Ctrl+Tab goes to the next</source>
        <translation>Ctrl+T 打开标签页，Ctrl+W 关闭标签页，Ctrl+Tab 切换到下一个</translation>
    </message>
    <message>
        <source>New tab</source>
        <translation>新建标签页</translation>
    </message>
    <message>
        <source>Open a new request tab (Ctrl+T)</source>
        <translation>打开新的请求标签页（Ctrl+T）</translation>
    </message>
    <message>
        <source>New request tab</source>
        <translation>新建请求标签页</translation>
    </message>
    <message>
        <source>Request tab: %1</source>
        <translation>请求标签页：%1</translation>
    </message>
    <message>
        <source>%1 (sending)</source>
        <translation>%1（发送中）</translation>
    </message>
</context>
<context>
    <name>ResponseView</name>
    <message>
        <source>Request in progress</source>
        <translation>请求进行中</translation>
    </message>
    <message>
        <source>No response yet.</source>
        <translation>尚无响应。</translation>
    </message>
    <message>
        <source>Response status</source>
        <translation>响应状态</translation>
    </message>
    <message>
        <source>Response timing</source>
        <translation>响应计时</translation>
    </message>
    <message>
        <source>Response parts</source>
        <translation>响应各部分</translation>
    </message>
    <message>
        <source>Response bod&amp;y</source>
        <translation>响应体(&amp;Y)</translation>
    </message>
    <message>
        <source>Response h&amp;eaders</source>
        <translation>响应头(&amp;E)</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>标头</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Response headers</source>
        <translation>响应头</translation>
    </message>
    <message>
        <source>Copy value</source>
        <translation>复制值</translation>
    </message>
    <message>
        <source>Copy key</source>
        <translation>复制键</translation>
    </message>
    <message>
        <source>Copied the header name %1</source>
        <translation>已复制标头名称 %1</translation>
    </message>
    <message>
        <source>Copied the value of the header %1</source>
        <translation>已复制标头 %1 的值</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>queued %1</source>
        <translation>排队 %1</translation>
    </message>
    <message>
        <source>token %1</source>
        <translation>令牌 %1</translation>
    </message>
    <message>
        <source>connect %1</source>
        <translation>连接 %1</translation>
    </message>
    <message>
        <source>connection reused</source>
        <translation>连接已复用</translation>
    </message>
    <message>
        <source>first byte %1</source>
        <translation>首字节 %1</translation>
    </message>
    <message>
        <source>total %1</source>
        <translation>总计 %1</translation>
    </message>
    <message>
        <source>Timing: %1</source>
        <translation>计时：%1</translation>
    </message>
    <message>
        <source>HTTP %1 %2 · %3 ms · body %4 · headers %5</source>
        <translation>HTTP %1 %2 · %3 ms · 响应体 %4 · 响应头 %5</translation>
    </message>
    <message>
        <source>No answer: %1</source>
        <translation>无应答：%1</translation>
    </message>
    <message>
        <source> · waited %1 ms</source>
        <translation> · 等待了 %1 ms</translation>
    </message>
    <message>
        <source>HTTP %1 %2, then the answer broke off · %3 ms · body %4 · headers %5</source>
        <translation>HTTP %1 %2，随后响应中断 · %3 ms · 正文 %4 · 响应头 %5</translation>
    </message>
</context>
<context>
    <name>SandboxAdminRoutes</name>
    <message>
        <source>No app with client id &quot;%1&quot;.</source>
        <translation>没有客户端 ID 为“%1”的应用。</translation>
    </message>
    <message>
        <source>expected Development, Under Review, Production or Declined.</source>
        <translation>应为 Development、Under Review、Production 或 Declined。</translation>
    </message>
    <message>
        <source>expected an array of API names.</source>
        <translation>应为 API 名称数组。</translation>
    </message>
    <message>
        <source>unknown API &quot;%1&quot;.</source>
        <translation>未知的 API“%1”。</translation>
    </message>
    <message>
        <source>Method not allowed.</source>
        <translation>不允许使用该方法。</translation>
    </message>
    <message>
        <source>The sandbox admin API needs this run&apos;s key in the %1 header; lofty-sandbox prints it at start.</source>
        <translation>沙盒管理 API 需要在 %1 标头中提供本次运行的密钥；lofty-sandbox 会在启动时打印该密钥。</translation>
    </message>
    <message>
        <source>expected a string.</source>
        <translation>应为字符串。</translation>
    </message>
    <message>
        <source>must not be empty.</source>
        <translation>不能为空。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an absolute URL.</source>
        <translation>“%1”不是绝对 URL。</translation>
    </message>
    <message>
        <source>expected a non-empty array of URLs.</source>
        <translation>应为非空的 URL 数组。</translation>
    </message>
</context>
<context>
    <name>SandboxApiRoutes</name>
    <message>
        <source>Missing credentials: send Authorization: Bearer &lt;access token&gt; or token &lt;API key&gt;.</source>
        <translation>缺少凭据：请发送 Authorization: Bearer &lt;访问令牌&gt; 或 token &lt;API 密钥&gt;。</translation>
    </message>
    <message>
        <source>The access token is invalid, expired or revoked.</source>
        <translation>访问令牌无效、已过期或已被撤销。</translation>
    </message>
    <message>
        <source>The API key is invalid or revoked.</source>
        <translation>API 密钥无效或已被撤销。</translation>
    </message>
    <message>
        <source>Unsupported authorization scheme &quot;%1&quot;: use Bearer or token.</source>
        <translation>不支持的授权方案“%1”：请使用 Bearer 或 token。</translation>
    </message>
    <message>
        <source>User in token does not exist (an API key goes in &quot;Authorization: token &lt;key&gt;&quot;, not Bearer).</source>
        <translation>令牌中的用户不存在（API 密钥应以 &quot;Authorization: token &lt;key&gt;&quot; 形式发送，而不是 Bearer）。</translation>
    </message>
    <message>
        <source>%1 %2 is not an operation of Lofty&apos;s API.</source>
        <translation>%1 %2 不是 Lofty API 中的操作。</translation>
    </message>
    <message>
        <source>Content-Type: application/json is required on this GET.</source>
        <translation>此 GET 请求必须带有 Content-Type: application/json。</translation>
    </message>
    <message>
        <source>This operation is an XML feed: send Accept: application/xml.</source>
        <translation>此操作是 XML 数据源：请发送 Accept: application/xml。</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>%1 为必需参数。</translation>
    </message>
    <message>
        <source>the body is not JSON: %1.</source>
        <translation>请求体不是 JSON：%1。</translation>
    </message>
    <message>
        <source>the body needs %1.</source>
        <translation>请求体需要 %1。</translation>
    </message>
</context>
<context>
    <name>SandboxAuthStore</name>
    <message>
        <source>The authorization code was already used.</source>
        <translation>授权码已被使用。</translation>
    </message>
    <message>
        <source>The authorization code is unknown.</source>
        <translation>未知的授权码。</translation>
    </message>
    <message>
        <source>The authorization code expired (codes live 10 minutes).</source>
        <translation>授权码已过期（授权码有效期为 10 分钟）。</translation>
    </message>
</context>
<context>
    <name>SandboxBackend</name>
    <message>
        <source>The built-in sandbox could not listen on 127.0.0.1.</source>
        <translation>内置沙盒无法在 127.0.0.1 上监听。</translation>
    </message>
    <message>
        <source>The sandbox has no app &quot;%1&quot;: the registration change applies to the profile only.</source>
        <translation>沙盒中没有应用“%1”：注册更改仅应用于配置。</translation>
    </message>
</context>
<context>
    <name>SandboxCommandLine</name>
    <message>
        <source>A local, Lofty-compatible OAuth 2.0 and REST API sandbox for testing integrations. It is not Lofty: no real data, no real accounts.</source>
        <translation>用于测试集成的本地 Lofty 兼容 OAuth 2.0 和 REST API 沙盒。它不是 Lofty：没有真实数据，也没有真实账号。</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>显示此帮助并退出。</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>显示版本并退出。</translation>
    </message>
    <message>
        <source>Port on 127.0.0.1 (0 = pick a free one).</source>
        <translation>127.0.0.1 上的端口（0 = 自动选择空闲端口）。</translation>
    </message>
    <message>
        <source>PORT</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>Apps and accounts from a JSON file (see --print-default-config).</source>
        <translation>从 JSON 文件加载应用和账号（参见 --print-default-config）。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Access token lifetime in seconds.</source>
        <translation>访问令牌的有效期（秒）。</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>秒数</translation>
    </message>
    <message>
        <source>Skip the consent page: authorize at once as this account.</source>
        <translation>跳过同意页面：立即以此账号身份授权。</translation>
    </message>
    <message>
        <source>ACCOUNT</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Requests per minute for every app (default: 100 in Development, 500 in Production), e.g. for benchmarks.</source>
        <translation>每个应用每分钟的请求数（默认：Development 模式 100，Production 模式 500），例如用于基准测试。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Print the built-in configuration in the format --config reads, and exit.</source>
        <translation>以 --config 读取的格式打印内置配置，然后退出。</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>意外的参数“%1”。</translation>
    </message>
    <message>
        <source>--port: expected a number from 0 to 65535, got &quot;%1&quot;.</source>
        <translation>--port：应为 0 到 65535 之间的数字，实际为“%1”。</translation>
    </message>
    <message>
        <source>--token-lifetime: expected a number of seconds from 1 to 31536000, got &quot;%1&quot;.</source>
        <translation>--token-lifetime：应为 1 到 31536000 之间的秒数，实际为“%1”。</translation>
    </message>
    <message>
        <source>--rate-limit: expected a positive number of requests per minute, got &quot;%1&quot;.</source>
        <translation>--rate-limit：应为每分钟请求数的正数，实际为“%1”。</translation>
    </message>
    <message>
        <source>--auto-approve: no account &quot;%1&quot; in the configuration.</source>
        <translation>--auto-approve：配置中没有账号“%1”。</translation>
    </message>
    <message>
        <source>--config: cannot read %1: %2</source>
        <translation>--config：无法读取 %1：%2</translation>
    </message>
    <message>
        <source>--config: %1: %2</source>
        <translation>--config：%1：%2</translation>
    </message>
    <message>
        <source>What the sandbox chooses (no public Lofty source says how Lofty behaves here):
  - Access tokens live --token-lifetime seconds (default 3600). Authorization codes are
    single use and live 10 minutes.
  - Refresh tokens rotate: each refresh answers a new refresh token and the old one stops
    working. A refresh token ends 180 days after its first issue. Client credentials get
    no refresh token.
  - Token endpoint errors use RFC 6749 section 5.2 (error, error_description).
  - Error messages name the parameter at fault (Lofty&apos;s 20012 does not).
  - Webhooks: plain http:// callbacks are taken for 127.0.0.1 and localhost only; at most
    20 subscriptions a team. Events are posted --webhook-delay (3) s after the change to every subscription of
    their list, tried 3 times (2 s, then 4 s apart) until a 2xx; list 3 gets exactly
    {leadId, updateTime}, other lists {listId, event, leadId, updateTime, &lt;new id&gt;}.
  - Operations whose effect the sandbox cannot model answer in the document&apos;s shape from
    the sandbox&apos;s data: messages and agent notifications are recorded, not sent; AI
    answers (call summaries, call scripts, insights, lead analyses) are built from the
    lead&apos;s records, no model runs; call recordings are made-up https URLs; listings are
    three fixed sandbox listings; Brokermint and company updates are accepted and
    acknowledged; routing rules and sales-agent settings are kept in memory.
  - Data lives in memory until the sandbox stops or POST /sandbox/reset is sent.
</source>
        <translation>沙盒自行决定的行为（没有任何公开的 Lofty 资料说明 Lofty 在这些方面的行为）：
  - 访问令牌的有效期为 --token-lifetime 秒（默认 3600）。授权码只能使用一次，
    有效期 10 分钟。
  - 刷新令牌会轮换：每次刷新都会返回新的刷新令牌，旧的随即失效。
    刷新令牌自首次签发起 180 天后失效。客户端凭据不会获得刷新令牌。
  - 令牌端点的错误采用 RFC 6749 第 5.2 节的格式（error、error_description）。
  - 错误消息会指出出错的参数（Lofty 的 20012 不会）。
  - Webhook：仅对 127.0.0.1 和 localhost 接受普通 http:// 回调；每个团队最多
    20 个订阅。事件在数据更改 --webhook-delay（3）秒后发送给其列表的每个订阅，
    最多尝试 3 次（间隔 2 秒，然后 4 秒），直到收到 2xx；列表 3 只收到
    {leadId, updateTime}，其他列表收到 {listId, event, leadId, updateTime, &lt;new id&gt;}。
  - 对于沙盒无法模拟其效果的操作，按文档中的格式用沙盒数据应答：消息和经纪人通知
    只记录、不发送；AI 应答（通话摘要、通话脚本、洞察、潜在客户分析）根据潜在客户的
    记录生成，不运行任何模型；通话录音是虚构的 https URL；房源是三个固定的沙盒房源；
    Brokermint 和公司更新会被接受并确认；路由规则和销售经纪人设置保存在内存中。
  - 数据保存在内存中，直到沙盒停止或发送 POST /sandbox/reset。
</translation>
    </message>
    <message>
        <source>Seconds between a change and its webhook delivery (0 to 3600).</source>
        <translation>数据更改与其 Webhook 投递之间的秒数（0 到 3600）。</translation>
    </message>
    <message>
        <source>--webhook-delay: expected a number of seconds from 0 to 3600, got &quot;%1&quot;.</source>
        <translation>--webhook-delay：应为 0 到 3600 之间的秒数，实际为“%1”。</translation>
    </message>
</context>
<context>
    <name>SandboxCommunicationRoutes</name>
    <message>
        <source>LIMIT_NOT_VALID: offset must be 0 or more and limit from 1 to 100.</source>
        <translation>LIMIT_NOT_VALID：offset 必须大于或等于 0，limit 必须在 1 到 100 之间。</translation>
    </message>
    <message>
        <source>call</source>
        <translation>通话</translation>
    </message>
    <message>
        <source>no communication with id %1.</source>
        <translation>没有 ID 为 %1 的沟通记录。</translation>
    </message>
    <message>
        <source>LIMIT_NOT_VALID: limit must be from 1 to 100.</source>
        <translation>LIMIT_NOT_VALID：limit 必须在 1 到 100 之间。</translation>
    </message>
    <message>
        <source>content is required.</source>
        <translation>content 为必需参数。</translation>
    </message>
    <message>
        <source>subject is required.</source>
        <translation>subject 为必需参数。</translation>
    </message>
</context>
<context>
    <name>SandboxConfig</name>
    <message>
        <source>missing or not a non-empty string</source>
        <translation>缺失或不是非空字符串</translation>
    </message>
</context>
<context>
    <name>SandboxConsentPage</name>
    <message>
        <source>This app is %1: only accounts that authorized it before can authorize it again.</source>
        <translation>此应用处于 %1 状态：只有之前授权过它的账号才能再次授权。</translation>
    </message>
    <message>
        <source>Authorize %1</source>
        <translation>授权 %1</translation>
    </message>
    <message>
        <source>%1 wants to access your Lofty data through the APIs granted to it: %2.</source>
        <translation>%1 希望通过已授予它的 API 访问您的 Lofty 数据：%2。</translation>
    </message>
    <message>
        <source>Sign in as</source>
        <translation>登录身份</translation>
    </message>
    <message>
        <source>Authorize</source>
        <translation>授权</translation>
    </message>
    <message>
        <source>Deny</source>
        <translation>拒绝</translation>
    </message>
</context>
<context>
    <name>SandboxFaults</name>
    <message>
        <source>expected a whole number from 0 to %1</source>
        <translation>应为 0 到 %1 之间的整数</translation>
    </message>
</context>
<context>
    <name>SandboxHttpParser</name>
    <message>
        <source>The request line and header fields exceed %1 bytes.</source>
        <translation>请求行和标头字段超过 %1 字节。</translation>
    </message>
    <message>
        <source>The request line must be &quot;METHOD target HTTP/1.1&quot; with single spaces.</source>
        <translation>请求行必须为 &quot;METHOD target HTTP/1.1&quot;，并以单个空格分隔。</translation>
    </message>
    <message>
        <source>The request method is not a valid token.</source>
        <translation>请求方法不是有效的 token。</translation>
    </message>
    <message>
        <source>Only HTTP/1.1 and HTTP/1.0 are supported, not &quot;%1&quot;.</source>
        <translation>仅支持 HTTP/1.1 和 HTTP/1.0，不支持“%1”。</translation>
    </message>
    <message>
        <source>The request target must be an absolute path such as /oauth/token.</source>
        <translation>请求目标必须是绝对路径，例如 /oauth/token。</translation>
    </message>
    <message>
        <source>Folded header lines (obs-fold) are not accepted.</source>
        <translation>不接受折叠的标头行（obs-fold）。</translation>
    </message>
    <message>
        <source>Malformed header line: expected &quot;Name: value&quot;.</source>
        <translation>标头行格式错误：应为 &quot;Name: value&quot;。</translation>
    </message>
    <message>
        <source>The header field &quot;%1&quot; contains a control character.</source>
        <translation>标头字段“%1”包含控制字符。</translation>
    </message>
    <message>
        <source>Transfer-Encoding (chunked request bodies) is not supported; send Content-Length.</source>
        <translation>不支持 Transfer-Encoding（分块请求体）；请发送 Content-Length。</translation>
    </message>
    <message>
        <source>Conflicting Content-Length header fields.</source>
        <translation>Content-Length 标头字段相互冲突。</translation>
    </message>
    <message>
        <source>An HTTP/1.1 request needs exactly one Host header field.</source>
        <translation>HTTP/1.1 请求必须恰好包含一个 Host 标头字段。</translation>
    </message>
    <message>
        <source>Content-Length must be a decimal number of bytes.</source>
        <translation>Content-Length 必须是十进制的字节数。</translation>
    </message>
    <message>
        <source>The request body exceeds %1 bytes.</source>
        <translation>请求体超过 %1 字节。</translation>
    </message>
</context>
<context>
    <name>SandboxLeadRoutes</name>
    <message>
        <source>LIMIT_NOT_VALID: offset must be 0 or more and limit from 1 to 100.</source>
        <translation>LIMIT_NOT_VALID：offset 必须大于或等于 0，limit 必须在 1 到 100 之间。</translation>
    </message>
    <message>
        <source>scrollId &quot;%1&quot; was not issued by this sandbox.</source>
        <translation>scrollId“%1”不是由此沙盒签发的。</translation>
    </message>
    <message>
        <source>firstName must not be empty.</source>
        <translation>firstName 不能为空。</translation>
    </message>
    <message>
        <source>USER_NOT_EXIST: no team member with user id %1.</source>
        <translation>USER_NOT_EXIST：没有用户 ID 为 %1 的团队成员。</translation>
    </message>
    <message>
        <source>the body must be a JSON object.</source>
        <translation>请求体必须是 JSON 对象。</translation>
    </message>
    <message>
        <source>note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>logType must be logCall, logEmail or logText.</source>
        <translation>logType 必须为 logCall、logEmail 或 logText。</translation>
    </message>
    <message>
        <source>manual log</source>
        <translation>手动日志</translation>
    </message>
</context>
<context>
    <name>SandboxListingRoutes</name>
    <message>
        <source>pageNum must be 1 or more and pageSize from 1 to 100.</source>
        <translation>pageNum 必须大于或等于 1，pageSize 必须在 1 到 100 之间。</translation>
    </message>
    <message>
        <source>type must be LuxVT, AptCom or AllOnMarket.</source>
        <translation>type 必须为 LuxVT、AptCom 或 AllOnMarket。</translation>
    </message>
</context>
<context>
    <name>SandboxOAuthRoutes</name>
    <message>
        <source>Method not allowed</source>
        <translation>不允许使用该方法</translation>
    </message>
    <message>
        <source>The consent form is submitted with POST.</source>
        <translation>同意表单须通过 POST 提交。</translation>
    </message>
    <message>
        <source>Unknown application</source>
        <translation>未知的应用</translation>
    </message>
    <message>
        <source>No app with client id &quot;%1&quot; is registered with the sandbox.</source>
        <translation>沙盒中没有注册客户端 ID 为“%1”的应用。</translation>
    </message>
    <message>
        <source>Redirect URI not registered</source>
        <translation>重定向 URI 未注册</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a redirect URI registered for %2. Registered: %3.</source>
        <translation>“%1”不是为 %2 注册的重定向 URI。已注册：%3。</translation>
    </message>
    <message>
        <source>response_type is required.</source>
        <translation>response_type 为必需参数。</translation>
    </message>
    <message>
        <source>Only response_type=code is supported.</source>
        <translation>仅支持 response_type=code。</translation>
    </message>
    <message>
        <source>code_challenge_method was sent without code_challenge.</source>
        <translation>发送了 code_challenge_method，但未发送 code_challenge。</translation>
    </message>
    <message>
        <source>code_challenge_method must be S256 or plain.</source>
        <translation>code_challenge_method 必须为 S256 或 plain。</translation>
    </message>
    <message>
        <source>An S256 code_challenge is 43 base64url characters.</source>
        <translation>S256 的 code_challenge 为 43 个 base64url 字符。</translation>
    </message>
    <message>
        <source>%1 is a public client: PKCE (code_challenge) is required.</source>
        <translation>%1 是公共客户端：必须使用 PKCE（code_challenge）。</translation>
    </message>
    <message>
        <source>Authorization request expired</source>
        <translation>授权请求已过期</translation>
    </message>
    <message>
        <source>This consent form was already submitted or is older than 10 minutes. Start the authorization again.</source>
        <translation>此同意表单已提交过，或已超过 10 分钟。请重新开始授权。</translation>
    </message>
    <message>
        <source>The user denied the request.</source>
        <translation>用户拒绝了该请求。</translation>
    </message>
    <message>
        <source>Unknown account</source>
        <translation>未知的账号</translation>
    </message>
    <message>
        <source>No test account &quot;%1&quot;.</source>
        <translation>没有测试账号“%1”。</translation>
    </message>
    <message>
        <source>The app is %1: accounts that have not authorized it before cannot authorize it.</source>
        <translation>该应用处于 %1 状态：之前未授权过它的账号无法授权。</translation>
    </message>
    <message>
        <source>The token endpoint accepts POST only.</source>
        <translation>令牌端点仅接受 POST。</translation>
    </message>
    <message>
        <source>grant_type is required.</source>
        <translation>grant_type 为必需参数。</translation>
    </message>
    <message>
        <source>grant_type &quot;%1&quot; is not supported (authorization_code, refresh_token, client_credentials).</source>
        <translation>不支持 grant_type“%1”（支持 authorization_code、refresh_token、client_credentials）。</translation>
    </message>
    <message>
        <source>client_id in the body differs from the client in the Basic header.</source>
        <translation>请求体中的 client_id 与 Basic 标头中的客户端不一致。</translation>
    </message>
    <message>
        <source>Client authentication failed: no client_id.</source>
        <translation>客户端身份验证失败：没有 client_id。</translation>
    </message>
    <message>
        <source>Client authentication failed: unknown client &quot;%1&quot;.</source>
        <translation>客户端身份验证失败：未知的客户端“%1”。</translation>
    </message>
    <message>
        <source>%1 is a public client and has no client secret.</source>
        <translation>%1 是公共客户端，没有客户端密钥。</translation>
    </message>
    <message>
        <source>Client authentication failed: wrong client secret.</source>
        <translation>客户端身份验证失败：客户端密钥错误。</translation>
    </message>
    <message>
        <source>code is required.</source>
        <translation>code 为必需参数。</translation>
    </message>
    <message>
        <source>The code was issued to another client.</source>
        <translation>该授权码是签发给其他客户端的。</translation>
    </message>
    <message>
        <source>redirect_uri does not match the one of the authorization request.</source>
        <translation>redirect_uri 与授权请求中的不一致。</translation>
    </message>
    <message>
        <source>code_verifier is required (PKCE).</source>
        <translation>code_verifier 为必需参数（PKCE）。</translation>
    </message>
    <message>
        <source>PKCE verification failed: code_verifier does not match.</source>
        <translation>PKCE 验证失败：code_verifier 不匹配。</translation>
    </message>
    <message>
        <source>Client authentication failed: client_secret is required.</source>
        <translation>客户端身份验证失败：client_secret 为必需参数。</translation>
    </message>
    <message>
        <source>refresh_token is required.</source>
        <translation>refresh_token 为必需参数。</translation>
    </message>
    <message>
        <source>The refresh token is unknown, expired, revoked or already used.</source>
        <translation>刷新令牌未知、已过期、已被撤销或已被使用。</translation>
    </message>
    <message>
        <source>%1 is a public client and may not use client_credentials.</source>
        <translation>%1 是公共客户端，不能使用 client_credentials。</translation>
    </message>
    <message>
        <source>customer_key is required for client_credentials.</source>
        <translation>client_credentials 需要 customer_key。</translation>
    </message>
    <message>
        <source>customer_key does not belong to any account.</source>
        <translation>customer_key 不属于任何账号。</translation>
    </message>
    <message>
        <source>%1 requires PKCE (code_challenge) from every client.</source>
        <translation>%1 要求所有客户端都使用 PKCE（code_challenge）。</translation>
    </message>
    <message>
        <source>This token endpoint needs HTTP Basic client authentication (client id and secret).</source>
        <translation>此令牌端点需要 HTTP Basic 客户端身份验证（客户端 ID 和密钥）。</translation>
    </message>
    <message>
        <source>client_id is required as a parameter as well as in the Basic header.</source>
        <translation>除 Basic 标头外，还必须以参数形式提供 client_id。</translation>
    </message>
    <message>
        <source>grant_type &quot;%1&quot; is not supported here (authorization_code, refresh_token).</source>
        <translation>此处不支持 grant_type“%1”（支持 authorization_code、refresh_token）。</translation>
    </message>
</context>
<context>
    <name>SandboxPanel</name>
    <message>
        <source>Sandbox</source>
        <translation>沙盒</translation>
    </message>
    <message>
        <source>The built-in sandbox&apos;s test accounts, apps and fault switches</source>
        <translation>内置沙盒的测试账号、应用和故障开关</translation>
    </message>
    <message>
        <source>The Sandbox profile talks to a server inside this console, not to Lofty. Sign in as one of these accounts on its consent page.</source>
        <translation>Sandbox 配置连接的是本控制台内部的服务器，而不是 Lofty。请在其同意页面上以以下任一账号登录。</translation>
    </message>
    <message>
        <source>Test accounts</source>
        <translation>测试账号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Customer key</source>
        <translation>客户密钥</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API 密钥</translation>
    </message>
    <message>
        <source>Copy &amp;customer key</source>
        <translation>复制客户密钥(&amp;C)</translation>
    </message>
    <message>
        <source>Copies the selected account&apos;s customer key, for Client Credentials</source>
        <translation>复制所选账号的客户密钥，用于客户端凭据授权</translation>
    </message>
    <message>
        <source>Copy API &amp;key</source>
        <translation>复制 API 密钥(&amp;K)</translation>
    </message>
    <message>
        <source>Copies the selected account&apos;s API key, sent as &quot;Authorization: token &lt;key&gt;&quot;</source>
        <translation>复制所选账号的 API 密钥，以 &quot;Authorization: token &lt;key&gt;&quot; 形式发送</translation>
    </message>
    <message>
        <source>Apps</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>客户端 ID</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>模式</translation>
    </message>
    <message>
        <source>Requests per minute</source>
        <translation>每分钟请求数</translation>
    </message>
    <message>
        <source>Fault switches</source>
        <translation>故障开关</translation>
    </message>
    <message>
        <source>Added latency</source>
        <translation>附加延迟</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Server errors</source>
        <translation>服务器错误</translation>
    </message>
    <message>
        <source>Malformed JSON</source>
        <translation>格式错误的 JSON</translation>
    </message>
    <message>
        <source>Dropped connections</source>
        <translation>断开的连接</translation>
    </message>
    <message>
        <source>Added &amp;latency (every answer):</source>
        <translation>附加延迟（每个应答）(&amp;L)：</translation>
    </message>
    <message>
        <source>Next requests answer &amp;500:</source>
        <translation>接下来应答 500 的请求数(&amp;5)：</translation>
    </message>
    <message>
        <source>Next answers with &amp;malformed JSON:</source>
        <translation>接下来带格式错误 JSON 的应答数(&amp;M)：</translation>
    </message>
    <message>
        <source>Next connections &amp;dropped mid-answer:</source>
        <translation>接下来在应答中途断开的连接数(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Apply faults</source>
        <translation>应用故障(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Reset: all faults off</source>
        <translation>重置：关闭所有故障(&amp;R)</translation>
    </message>
    <message>
        <source>customer key</source>
        <translation>客户密钥</translation>
    </message>
    <message>
        <source>Choose an account first.</source>
        <translation>请先选择一个账号。</translation>
    </message>
    <message>
        <source>Copied %1&apos;s %2.</source>
        <translation>已复制 %1 的%2。</translation>
    </message>
    <message>
        <source>The sandbox is not running: open the Sandbox profile.</source>
        <translation>沙盒未运行：请打开 Sandbox 配置。</translation>
    </message>
    <message>
        <source>The faults were not applied: %1</source>
        <translation>故障未能应用：%1</translation>
    </message>
    <message>
        <source>%1 ms added to every answer</source>
        <translation>每个应答附加 %1 ms</translation>
    </message>
    <message numerus="yes">
        <source>the next %n request(s) answer 500</source>
        <translation>
            <numerusform>接下来 %n 个请求应答 500</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the next %n answer(s) carry malformed JSON</source>
        <translation>
            <numerusform>接下来 %n 个应答带有格式错误的 JSON</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the next %n connection(s) are dropped mid-answer</source>
        <translation>
            <numerusform>接下来 %n 个连接在应答中途断开</numerusform>
        </translation>
    </message>
    <message>
        <source>No faults: the sandbox answers normally.</source>
        <translation>无故障：沙盒正常应答。</translation>
    </message>
    <message>
        <source>Active: %1.</source>
        <translation>生效中：%1。</translation>
    </message>
    <message>
        <source>Reset connections</source>
        <translation>重置连接</translation>
    </message>
    <message>
        <source>Next connections rese&amp;t (TCP RST) after the headers:</source>
        <translation>在发送响应头后重置后续连接（TCP RST）(&amp;T)：</translation>
    </message>
    <message numerus="yes">
        <source>the next %n connection(s) are reset after the headers</source>
        <translation>
            <numerusform>接下来的 %n 个连接将在发送响应头后被重置</numerusform>
        </translation>
    </message>
    <message>
        <source>; </source>
        <comment>between the active faults</comment>
        <translation>；</translation>
    </message>
</context>
<context>
    <name>SandboxReply</name>
    <message>
        <source>Invalid parameter: %1</source>
        <translation>参数无效：%1</translation>
    </message>
    <message>
        <source>LEAD_NOT_EXIST: no lead with id %1.</source>
        <translation>LEAD_NOT_EXIST：没有 ID 为 %1 的潜在客户。</translation>
    </message>
    <message>
        <source>RESOURCE_NOT_EXIST: no %1 with id %2.</source>
        <translation>RESOURCE_NOT_EXIST：没有 ID 为 %2 的%1。</translation>
    </message>
</context>
<context>
    <name>SandboxSalesAgentRoutes</name>
    <message>
        <source>LIMIT_NOT_VALID: offset must be 0 or more and limit from 1 to 100.</source>
        <translation>LIMIT_NOT_VALID：offset 必须大于或等于 0，limit 必须在 1 到 100 之间。</translation>
    </message>
    <message>
        <source>leadIds must list at least one lead id.</source>
        <translation>leadIds 必须至少列出一个潜在客户 ID。</translation>
    </message>
    <message>
        <source>lead %1 is not a working lead of the sales agent.</source>
        <translation>潜在客户 %1 不是销售代理正在跟进的潜在客户。</translation>
    </message>
    <message>
        <source>sales agent working lead</source>
        <translation>销售代理跟进中的潜在客户</translation>
    </message>
    <message>
        <source>startActiveHour must be before endActiveHour, both from 0 to 24.</source>
        <translation>startActiveHour 必须早于 endActiveHour，且两者都在 0 到 24 之间。</translation>
    </message>
    <message>
        <source>A %1-second %2 call; outcome: %3.</source>
        <translation>一次时长 %1 秒的 %2 通话；结果：%3。</translation>
    </message>
    <message>
        <source>call</source>
        <translation>通话</translation>
    </message>
    <message>
        <source>%1 is at stage &quot;%2&quot;.</source>
        <translation>%1 处于“%2”阶段。</translation>
    </message>
    <message>
        <source>Book a showing with %1.</source>
        <translation>与 %1 预约看房。</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>appointment</source>
        <translation>预约</translation>
    </message>
    <message>
        <source>Review the lead&apos;s recent calls and notes before the appointment.</source>
        <translation>在预约前查看该潜在客户最近的通话和备注。</translation>
    </message>
    <message>
        <source>task</source>
        <translation>任务</translation>
    </message>
</context>
<context>
    <name>SandboxTaskRoutes</name>
    <message>
        <source>task</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>page must be 1 or more and pageSize from 1 to 100.</source>
        <translation>page 必须大于或等于 1，pageSize 必须在 1 到 100 之间。</translation>
    </message>
    <message>
        <source>no calendar event with id %1.</source>
        <translation>没有 ID 为 %1 的日历事件。</translation>
    </message>
</context>
<context>
    <name>SandboxTeamFeatureRoutes</name>
    <message>
        <source>attributeName must not be empty.</source>
        <translation>attributeName 不能为空。</translation>
    </message>
    <message>
        <source>a custom field named &quot;%1&quot; exists already.</source>
        <translation>名为“%1”的自定义字段已存在。</translation>
    </message>
    <message>
        <source>no lead pond with id %1.</source>
        <translation>没有 ID 为 %1 的潜在客户池。</translation>
    </message>
    <message>
        <source>type must be 1, 2 or 4.</source>
        <translation>type 必须为 1、2 或 4。</translation>
    </message>
    <message>
        <source>no routing rule %1 of type %2.</source>
        <translation>没有类型为 %2 的路由规则 %1。</translation>
    </message>
</context>
<context>
    <name>SandboxTeamRoutes</name>
    <message>
        <source>LIMIT_NOT_VALID: offset must be 0 or more and limit from 1 to 100.</source>
        <translation>LIMIT_NOT_VALID：offset 必须大于或等于 0，limit 必须在 1 到 100 之间。</translation>
    </message>
    <message>
        <source>scrollId &quot;%1&quot; was not issued by this sandbox.</source>
        <translation>scrollId“%1”不是由此沙盒签发的。</translation>
    </message>
    <message>
        <source>USER_NOT_EXIST: no team member with id %1.</source>
        <translation>USER_NOT_EXIST：没有 ID 为 %1 的团队成员。</translation>
    </message>
    <message>
        <source>USER_NOT_EXIST: no team member with the account %1.</source>
        <translation>USER_NOT_EXIST：没有账号为 %1 的团队成员。</translation>
    </message>
    <message>
        <source>name is required to add an office.</source>
        <translation>添加办公室时必须提供 name。</translation>
    </message>
    <message>
        <source>office</source>
        <translation>办公室</translation>
    </message>
    <message>
        <source>the body must be a JSON object.</source>
        <translation>请求体必须是 JSON 对象。</translation>
    </message>
    <message>
        <source>accountInfo.email is required.</source>
        <translation>accountInfo.email 为必需参数。</translation>
    </message>
    <message>
        <source>USER_NOT_EXIST: no agent with id %1.</source>
        <translation>USER_NOT_EXIST：没有 ID 为 %1 的经纪人。</translation>
    </message>
</context>
<context>
    <name>SandboxTransactionRoutes</name>
    <message>
        <source>LIMIT_NOT_VALID: pageNum (0-based) must be 0 or more and pageSize from 1 to 100.</source>
        <translation>LIMIT_NOT_VALID：pageNum（从 0 开始）必须大于或等于 0，pageSize 必须在 1 到 100 之间。</translation>
    </message>
</context>
<context>
    <name>SandboxWebhookRoutes</name>
    <message>
        <source>listId must be a whole number from 1 to 12.</source>
        <translation>listId 必须是 1 到 12 之间的整数。</translation>
    </message>
    <message>
        <source>callbackUrl must be an https:// URL (the sandbox also takes http:// to 127.0.0.1 or localhost).</source>
        <translation>callbackUrl 必须是 https:// URL（沙盒也接受指向 127.0.0.1 或 localhost 的 http://）。</translation>
    </message>
    <message>
        <source>limit must be a whole number from 1 to 5000.</source>
        <translation>limit 必须是 1 到 5000 之间的整数。</translation>
    </message>
    <message>
        <source>permissionMode must be 0 or 1.</source>
        <translation>permissionMode 必须为 0 或 1。</translation>
    </message>
    <message>
        <source>The team has %1 webhook subscriptions already, the most the sandbox allows.</source>
        <translation>该团队已有 %1 个 Webhook 订阅，已达到沙盒允许的上限。</translation>
    </message>
    <message>
        <source>No webhook subscription with id %1.</source>
        <translation>没有 ID 为 %1 的 Webhook 订阅。</translation>
    </message>
</context>
<context>
    <name>ScopeProbe</name>
    <message>
        <source>Nothing to add.</source>
        <translation>没有需要添加的内容。</translation>
    </message>
    <message>
        <source>Adding %1 in the Developer Portal&apos;s Permissions tab is a breaking change: every user of the app must authorize it again, and their current tokens stop working. For a Production app the change also goes through review (&quot;Update Submitted - Re-authorization Required&quot;).</source>
        <translation>在开发者门户（Developer Portal）的“权限”（Permissions）选项卡中添加 %1 属于破坏性变更：应用的每个用户都必须重新授权，其当前令牌将失效。对于生产（Production）模式的应用，此更改还需经过审核（“Update Submitted - Re-authorization Required”）。</translation>
    </message>
</context>
<context>
    <name>ScopesPanel</name>
    <message>
        <source>Scopes</source>
        <translation>权限范围</translation>
    </message>
    <message>
        <source>Which APIs your app may call: granted, seen in history, probed</source>
        <translation>您的应用可以调用哪些 API：已授予、历史记录中出现、已探测</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Which APIs the table lists</source>
        <translation>表格中列出哪些 API</translation>
    </message>
    <message>
        <source>All APIs</source>
        <translation>所有 API</translation>
    </message>
    <message>
        <source>Problems only</source>
        <translation>仅显示有问题的</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>已授予</translation>
    </message>
    <message>
        <source>Not granted</source>
        <translation>未授予</translation>
    </message>
    <message>
        <source>Filter by API or group</source>
        <translation>按 API 或分组筛选</translation>
    </message>
    <message>
        <source>&amp;Run probe</source>
        <translation>运行探测(&amp;R)</translation>
    </message>
    <message>
        <source>Run probe</source>
        <translation>运行探测</translation>
    </message>
    <message>
        <source>Sends one safe GET per API, paced by the rate limit</source>
        <translation>为每个 API 发送一个安全的 GET 请求，并按速率限制控制节奏</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancel probe</source>
        <translation>取消探测</translation>
    </message>
    <message>
        <source>Stops the probe; answers so far are kept</source>
        <translation>停止探测；保留已收到的应答</translation>
    </message>
    <message>
        <source>Probe progress</source>
        <translation>探测进度</translation>
    </message>
    <message>
        <source>%v of %m APIs</source>
        <translation>%v / %m 个 API</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>显示(&amp;S)：</translation>
    </message>
    <message>
        <source>APIs</source>
        <translation>API</translation>
    </message>
    <message>
        <source>Each API with its group, whether granted, seen and probed, and a verdict</source>
        <translation>每个 API 及其分组、是否已授予、是否出现过、是否已探测，以及结论</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>分组</translation>
    </message>
    <message>
        <source>Seen in history</source>
        <translation>历史记录中出现</translation>
    </message>
    <message>
        <source>Probe</source>
        <translation>探测</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>结论</translation>
    </message>
    <message>
        <source>What is missing</source>
        <translation>缺少的内容</translation>
    </message>
    <message>
        <source>Probe cancelled; the answers so far are shown.</source>
        <translation>探测已取消；显示目前已收到的应答。</translation>
    </message>
    <message>
        <source>Not probed</source>
        <translation>未探测</translation>
    </message>
    <message>
        <source>Allowed (%1)</source>
        <translation>允许（%1）</translation>
    </message>
    <message>
        <source>Refused (%1)</source>
        <translation>被拒绝（%1）</translation>
    </message>
    <message>
        <source>Inconclusive (%1)</source>
        <translation>无法确定（%1）</translation>
    </message>
    <message>
        <source>No safe GET to probe</source>
        <translation>没有可用于探测的安全 GET</translation>
    </message>
    <message>
        <source>Granted but refused: authorize again (tokens predate the grant)</source>
        <translation>已授予但被拒绝：请重新授权（令牌早于授予时间）</translation>
    </message>
    <message>
        <source>Missing: your requests need it; grant it in Registration</source>
        <translation>缺少：您的请求需要它；请在“注册”中授予</translation>
    </message>
    <message>
        <source>Allowed although not in the registration: update the registration</source>
        <translation>虽不在注册信息中但被允许：请更新注册信息</translation>
    </message>
    <message>
        <source>OK: granted and working</source>
        <translation>正常：已授予且可用</translation>
    </message>
    <message>
        <source>Granted, not used yet</source>
        <translation>已授予，尚未使用</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>%1 allowed, %2 refused</source>
        <translation>%1 次允许，%2 次拒绝</translation>
    </message>
    <message>
        <source>Nothing missing: every API your requests used is granted.</source>
        <translation>没有缺少的 API：您的请求所用的每个 API 均已授予。</translation>
    </message>
    <message>
        <source>Missing: %1.</source>
        <translation>缺少：%1。</translation>
    </message>
    <message>
        <source>Granted but not used yet: %1.</source>
        <translation>已授予但尚未使用：%1。</translation>
    </message>
</context>
<context>
    <name>SessionController</name>
    <message>
        <source>Profile &quot;%1&quot; could not be opened: %2</source>
        <translation>无法打开配置“%1”：%2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>StaticTokenProvider</name>
    <message>
        <source>No API key or access token has been entered for this account.</source>
        <translation>尚未为此账号输入 API 密钥或访问令牌。</translation>
    </message>
    <message>
        <source>The API key expired at %1; create a new one in Lofty.</source>
        <translation>API 密钥已于 %1 过期；请在 Lofty 中创建新的密钥。</translation>
    </message>
    <message>
        <source>The access token expired at %1; paste a new one.</source>
        <translation>访问令牌已于 %1 过期；请粘贴新的令牌。</translation>
    </message>
</context>
<context>
    <name>TextFindBar</name>
    <message>
        <source>Find in the response</source>
        <translation>在响应中查找</translation>
    </message>
    <message>
        <source>Return finds the next match, Shift+Return the previous one</source>
        <translation>按 Return 查找下一个匹配项，按 Shift+Return 查找上一个</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>上一个</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>上一个匹配项</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一个</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>下一个匹配项</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation>关闭查找栏</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>无匹配项</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>第 %1 个，共 %2 个</translation>
    </message>
</context>
<context>
    <name>TokenEndpointRequest</name>
    <message>
        <source>No network access manager is available.</source>
        <translation>没有可用的网络访问管理器。</translation>
    </message>
    <message>
        <source>The token endpoint did not answer within %1 seconds.</source>
        <translation>令牌端点未在 %1 秒内应答。</translation>
    </message>
    <message>
        <source>The token endpoint could not be reached: %1</source>
        <translation>无法连接到令牌端点：%1</translation>
    </message>
</context>
<context>
    <name>TokenProvider</name>
    <message>
        <source>The server refused this credential, and it cannot be renewed.</source>
        <translation>服务器拒绝了此凭据，且无法续期。</translation>
    </message>
</context>
<context>
    <name>TokenRefresher</name>
    <message>
        <source>This account has to be authorized again in the browser.</source>
        <translation>必须在浏览器中重新授权此账号。</translation>
    </message>
    <message>
        <source>There is no refresh token; the account has to be authorized again.</source>
        <translation>没有刷新令牌；必须重新授权该账号。</translation>
    </message>
    <message>
        <source>Refreshing this account needs the app&apos;s client secret, and none is available (it is not in the keychain). Save the client secret, then refresh again; nothing was sent.</source>
        <translation>刷新此账号需要应用的客户端密钥，但没有可用的密钥（钥匙串中没有）。请保存客户端密钥后再次刷新；未发送任何内容。</translation>
    </message>
</context>
<context>
    <name>TokenResponse</name>
    <message>
        <source>The token endpoint refused the request (HTTP %1): %2: %3</source>
        <translation>令牌端点拒绝了请求（HTTP %1）：%2：%3</translation>
    </message>
    <message>
        <source>The token endpoint refused the request (HTTP %1): %2</source>
        <translation>令牌端点拒绝了请求（HTTP %1）：%2</translation>
    </message>
    <message>
        <source>The token endpoint answered HTTP %1: %2</source>
        <translation>令牌端点返回了 HTTP %1：%2</translation>
    </message>
    <message>
        <source>The token endpoint answered HTTP %1 with an empty body.</source>
        <translation>令牌端点返回了 HTTP %1，但响应体为空。</translation>
    </message>
    <message>
        <source>The token endpoint&apos;s answer is neither JSON nor a form: %1</source>
        <translation>令牌端点的应答既不是 JSON 也不是表单：%1</translation>
    </message>
    <message>
        <source>The token endpoint&apos;s answer has no access_token: %1</source>
        <translation>令牌端点的应答中没有 access_token：%1</translation>
    </message>
</context>
<context>
    <name>TokensPanel</name>
    <message>
        <source>Tokens</source>
        <translation>令牌</translation>
    </message>
    <message>
        <source>Authorization Code</source>
        <translation>授权码</translation>
    </message>
    <message>
        <source>Authorization Code + PKCE</source>
        <translation>授权码 + PKCE</translation>
    </message>
    <message>
        <source>Client Credentials</source>
        <translation>客户端凭据</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API 密钥</translation>
    </message>
    <message>
        <source>Pasted token</source>
        <translation>粘贴的令牌</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Inspect, test, refresh and forget the account&apos;s token</source>
        <translation>检查、测试、刷新和清除账号的令牌</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>The account whose token is shown; it also becomes the current account</source>
        <translation>显示其令牌的账号；它也将成为当前账号</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>访问令牌</translation>
    </message>
    <message>
        <source>Masked unless revealed</source>
        <translation>除非显示，否则以掩码形式呈现</translation>
    </message>
    <message>
        <source>&amp;Reveal</source>
        <translation>显示(&amp;R)</translation>
    </message>
    <message>
        <source>Show the token in clear (Ctrl+R)</source>
        <translation>以明文显示令牌（Ctrl+R）</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the token to the clipboard</source>
        <translation>将令牌复制到剪贴板</translation>
    </message>
    <message>
        <source>Copy as &amp;header</source>
        <translation>复制为标头(&amp;H)</translation>
    </message>
    <message>
        <source>Copy &quot;Authorization: Bearer …&quot; to the clipboard</source>
        <translation>将“Authorization: Bearer …”复制到剪贴板</translation>
    </message>
    <message>
        <source>Token type</source>
        <translation>令牌类型</translation>
    </message>
    <message>
        <source>Grant</source>
        <translation>授权类型</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Scope</translation>
    </message>
    <message>
        <source>Obtained</source>
        <translation>获取时间</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>过期时间</translation>
    </message>
    <message>
        <source>Refresh token</source>
        <translation>刷新令牌</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>账号(&amp;A)：</translation>
    </message>
    <message>
        <source>Access token:</source>
        <translation>访问令牌：</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <source>Grant:</source>
        <translation>授权类型：</translation>
    </message>
    <message>
        <source>Scope:</source>
        <translation>Scope：</translation>
    </message>
    <message>
        <source>Obtained:</source>
        <translation>获取时间：</translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation>过期时间：</translation>
    </message>
    <message>
        <source>Lifetime left:</source>
        <translation>剩余有效期：</translation>
    </message>
    <message>
        <source>Refresh token:</source>
        <translation>刷新令牌：</translation>
    </message>
    <message>
        <source>Re&amp;fresh now</source>
        <translation>立即刷新(&amp;F)</translation>
    </message>
    <message>
        <source>Get a new token now</source>
        <translation>立即获取新令牌</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>测试(&amp;T)</translation>
    </message>
    <message>
        <source>F&amp;orget…</source>
        <translation>清除(&amp;O)…</translation>
    </message>
    <message>
        <source>Remove the account and its secrets from the keychain</source>
        <translation>从钥匙串中移除该账号及其机密</translation>
    </message>
    <message>
        <source>Forget this account? Its token and keys are removed from the keychain.</source>
        <translation>要清除此账号吗？其令牌和密钥将从钥匙串中移除。</translation>
    </message>
    <message>
        <source>Forget it</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Remove the account now</source>
        <translation>立即移除该账号</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>Do not remove the account</source>
        <translation>不移除该账号</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>声明</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Decoded JWT</source>
        <translation>解码后的 JWT</translation>
    </message>
    <message>
        <source>Header and payload of the token when it is a JWT; the signature is not checked</source>
        <translation>令牌为 JWT 时显示其头部和载荷；不校验签名</translation>
    </message>
    <message>
        <source>Raw token response, masked</source>
        <translation>原始令牌响应（已掩码）</translation>
    </message>
    <message>
        <source>The account&apos;s secrets could not be read: %1</source>
        <translation>无法读取该账号的机密：%1</translation>
    </message>
    <message>
        <source>API key (Authorization: token)</source>
        <translation>API 密钥（Authorization: token）</translation>
    </message>
    <message>
        <source>Bearer access token (token_type &quot;%1&quot;)</source>
        <translation>Bearer 访问令牌（token_type“%1”）</translation>
    </message>
    <message>
        <source>No token</source>
        <translation>无令牌</translation>
    </message>
    <message>
        <source>(none given)</source>
        <translation>（未提供）</translation>
    </message>
    <message>
        <source>Does not expire, or not said</source>
        <translation>不会过期，或未说明</translation>
    </message>
    <message>
        <source>None: when the token expires the account must be authorized again</source>
        <translation>无：令牌过期后必须重新授权该账号</translation>
    </message>
    <message>
        <source>Not a JWT</source>
        <translation>不是 JWT</translation>
    </message>
    <message>
        <source>The token is opaque: nothing to decode</source>
        <translation>该令牌是不透明的：无可解码内容</translation>
    </message>
    <message>
        <source>Not decodable</source>
        <translation>无法解码</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>头部</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>载荷</translation>
    </message>
    <message>
        <source>%1 (as time)</source>
        <translation>%1（作为时间）</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>签名</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s). %1</source>
        <translation>
            <numerusform>%n 字节。%1</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>隐藏(&amp;H)</translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation>正在刷新…</translation>
    </message>
    <message>
        <source>Does not work: %1. %2</source>
        <translation>不可用：%1。%2</translation>
    </message>
    <message numerus="yes">
        <source>Copied the access token (%n character(s))</source>
        <translation>
            <numerusform>已复制访问令牌（%n 个字符）</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied the Authorization header</source>
        <translation>已复制 Authorization 标头</translation>
    </message>
    <message>
        <source>Account state</source>
        <translation>账号状态</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>身份</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Identity:</source>
        <translation>身份：</translation>
    </message>
    <message>
        <source>Authorize this account again in the Authorize panel; it keeps its id and label</source>
        <translation>在“授权”面板中重新授权此账号；其 ID 和标签保持不变</translation>
    </message>
    <message>
        <source>Call the profile&apos;s identity path with this token</source>
        <translation>使用此令牌调用配置的身份路径</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>No account</source>
        <translation>无账号</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>未知</translation>
    </message>
    <message numerus="yes">
        <source>Present, %n day(s) old</source>
        <translation>
            <numerusform>存在，已有 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>Present; age unknown</source>
        <translation>存在；时长未知</translation>
    </message>
    <message numerus="yes">
        <source>Present; age unknown (the provider keeps refresh tokens %n day(s))</source>
        <translation>
            <numerusform>存在；时长未知（提供方将刷新令牌保留 %n 天）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Present, %n day(s) old; about %1 of %2 days left</source>
        <translation>
            <numerusform>存在，已有 %n 天；%2 天中约剩 %1 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Present but %n day(s) old: past the provider&apos;s %1 days, authorize again</source>
        <translation>
            <numerusform>存在，但已有 %n 天：已超过提供方的 %1 天，请重新授权</numerusform>
        </translation>
    </message>
    <message>
        <source>Refreshed.</source>
        <translation>已刷新。</translation>
    </message>
    <message>
        <source>The refresh failed: %1</source>
        <translation>刷新失败：%1</translation>
    </message>
    <message>
        <source>Testing with GET %1…</source>
        <translation>正在用 GET %1 测试…</translation>
    </message>
    <message>
        <source>Works: GET %1 answered %2 in %3 ms.</source>
        <translation>正常：GET %1 在 %3 ms 内返回 %2。</translation>
    </message>
    <message>
        <source>Re-authori&amp;ze…</source>
        <translation>重新授权(&amp;Z)…</translation>
    </message>
</context>
<context>
    <name>WebhookConnection</name>
    <message>
        <source>The client sent no complete delivery within %1 s.</source>
        <translation>客户端在 %1 秒内未发送完整的投递。</translation>
    </message>
</context>
<context>
    <name>WebhookDelivery</name>
    <message>
        <source>1 Agent</source>
        <translation>1 经纪人</translation>
    </message>
    <message>
        <source>2 Lead Info</source>
        <translation>2 潜在客户信息</translation>
    </message>
    <message>
        <source>3 Lead Activity</source>
        <translation>3 潜在客户活动</translation>
    </message>
    <message>
        <source>4 Listing Alert</source>
        <translation>4 房源提醒</translation>
    </message>
    <message>
        <source>5 Transaction</source>
        <translation>5 交易</translation>
    </message>
    <message>
        <source>6 Call</source>
        <translation>6 通话</translation>
    </message>
    <message>
        <source>7 Email</source>
        <translation>7 电子邮件</translation>
    </message>
    <message>
        <source>8 Text</source>
        <translation>8 短信</translation>
    </message>
    <message>
        <source>9 Note</source>
        <translation>9 备注</translation>
    </message>
    <message>
        <source>10 Task</source>
        <translation>10 任务</translation>
    </message>
    <message>
        <source>11 Appointment</source>
        <translation>11 预约</translation>
    </message>
    <message>
        <source>12 Pipeline Change</source>
        <translation>12 销售管道变更</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
</context>
<context>
    <name>WebhookDeliveryParser</name>
    <message>
        <source>A webhook delivery is a POST, not %1.</source>
        <translation>Webhook 投递应为 POST，而不是 %1。</translation>
    </message>
    <message>
        <source>The delivery has no body; Lofty posts a JSON object.</source>
        <translation>该投递没有正文；Lofty 会 POST 一个 JSON 对象。</translation>
    </message>
    <message>
        <source>The delivery&apos;s body is not JSON: %1</source>
        <translation>该投递的正文不是 JSON：%1</translation>
    </message>
</context>
<context>
    <name>WebhookForward</name>
    <message>
        <source>&quot;%1&quot; is not a URL such as http://127.0.0.1:8080/webhook.</source>
        <translation>“%1”不是 http://127.0.0.1:8080/webhook 这样的 URL。</translation>
    </message>
    <message>
        <source>Deliveries are forwarded over http or https, not &quot;%1&quot;.</source>
        <translation>投递只能通过 http 或 https 转发，不能通过“%1”。</translation>
    </message>
    <message>
        <source>Deliveries are forwarded to this computer only (127.0.0.1, ::1 or localhost), not to &quot;%1&quot;.</source>
        <translation>投递只会转发到本机（127.0.0.1、::1 或 localhost），不会转发到“%1”。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>No answer from %1 within %2 s.</source>
        <translation>%1 在 %2 秒内无应答。</translation>
    </message>
    <message>
        <source>Cannot reach %1: %2</source>
        <translation>无法连接 %1：%2</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2.</source>
        <translation>%1 返回了 HTTP %2。</translation>
    </message>
</context>
<context>
    <name>WebhookHistory</name>
    <message>
        <source>Cannot read the webhook history %1: %2</source>
        <translation>无法读取 Webhook 历史记录 %1：%2</translation>
    </message>
    <message>
        <source>Cannot create the folder of the webhook history %1.</source>
        <translation>无法创建 Webhook 历史记录 %1 的文件夹。</translation>
    </message>
    <message>
        <source>Cannot write the webhook history %1: %2</source>
        <translation>无法写入 Webhook 历史记录 %1：%2</translation>
    </message>
    <message>
        <source>Cannot rewrite the webhook history %1: %2</source>
        <translation>无法重写 Webhook 历史记录 %1：%2</translation>
    </message>
    <message>
        <source>Cannot clear the webhook history %1: %2</source>
        <translation>无法清空 Webhook 历史记录 %1：%2</translation>
    </message>
</context>
<context>
    <name>WebhookReceiver</name>
    <message>
        <source>Cannot listen on 127.0.0.1:%1: %2</source>
        <translation>无法在 127.0.0.1:%1 上监听：%2</translation>
    </message>
</context>
<context>
    <name>WebhookSubscription</name>
    <message>
        <source>The event list must be a number from 1 to 12.</source>
        <translation>事件列表必须是 1 到 12 之间的数字。</translation>
    </message>
    <message>
        <source>The callback must be a full URL such as https://hooks.example.com/lofty.</source>
        <translation>回调必须是完整的 URL，例如 https://hooks.example.com/lofty。</translation>
    </message>
    <message>
        <source>The callback must be https://, or http:// to 127.0.0.1 or localhost.</source>
        <translation>回调必须是 https://，或指向 127.0.0.1 或 localhost 的 http://。</translation>
    </message>
    <message>
        <source>Lofty takes https:// callbacks only; point a tunnel you run at the local receiver and give its https:// address.</source>
        <translation>Lofty 只接受 https:// 回调；请将您运行的隧道指向本地接收器，并填写隧道的 https:// 地址。</translation>
    </message>
    <message>
        <source>Lofty&apos;s servers cannot reach %1 on your computer; give your tunnel&apos;s public https:// address.</source>
        <translation>Lofty 的服务器无法访问您计算机上的 %1；请填写隧道的公共 https:// 地址。</translation>
    </message>
    <message>
        <source>The limit must be from 1 to 5000.</source>
        <translation>上限必须在 1 到 5000 之间。</translation>
    </message>
    <message>
        <source>The permission mode must be 0 or 1.</source>
        <translation>权限模式必须为 0 或 1。</translation>
    </message>
</context>
<context>
    <name>WebhooksPanel</name>
    <message>
        <source>Refused a delivery (HTTP %1): %2</source>
        <translation>已拒绝一次投递（HTTP %1）：%2</translation>
    </message>
    <message>
        <source>Subscriptions of the selected account</source>
        <translation>所选账号的订阅</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Event list</source>
        <translation>事件列表</translation>
    </message>
    <message>
        <source>Callback</source>
        <translation>回调</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>上限</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>模式</translation>
    </message>
    <message>
        <source>https://your-tunnel.example/lofty/webhook/2</source>
        <translation>https://your-tunnel.example/lofty/webhook/2</translation>
    </message>
    <message>
        <source>0</source>
        <translation>0</translation>
    </message>
    <message>
        <source>1</source>
        <translation>1</translation>
    </message>
    <message>
        <source>Use the local receiver</source>
        <translation>使用本地接收器</translation>
    </message>
    <message>
        <source>Event list:</source>
        <translation>事件列表：</translation>
    </message>
    <message>
        <source>Callback URL:</source>
        <translation>回调 URL：</translation>
    </message>
    <message>
        <source>Limit:</source>
        <translation>上限：</translation>
    </message>
    <message>
        <source>Permission mode:</source>
        <translation>权限模式：</translation>
    </message>
    <message>
        <source>Subscribe</source>
        <translation>订阅</translation>
    </message>
    <message>
        <source>Delete selected</source>
        <translation>删除所选</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Local receiver (binds 127.0.0.1 only)</source>
        <translation>本地接收器（仅绑定 127.0.0.1）</translation>
    </message>
    <message>
        <source>any free port</source>
        <translation>任意空闲端口</translation>
    </message>
    <message>
        <source>http://127.0.0.1:3000/webhook</source>
        <translation>http://127.0.0.1:3000/webhook</translation>
    </message>
    <message>
        <source>Forward each delivery as it arrives</source>
        <translation>每次投递到达时即转发</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>端口：</translation>
    </message>
    <message>
        <source>Forward to:</source>
        <translation>转发到：</translation>
    </message>
    <message>
        <source>Deliveries (kept in the webhook history, secrets masked)</source>
        <translation>投递（保存在 Webhook 历史记录中，机密已掩码）</translation>
    </message>
    <message>
        <source>Received (UTC)</source>
        <translation>接收时间（UTC）</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>路径</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>标头</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Fetch the lead&apos;s activities</source>
        <translation>获取该潜在客户的活动</translation>
    </message>
    <message>
        <source>Replay to URL</source>
        <translation>重放到 URL</translation>
    </message>
    <message>
        <source>Sandbox: subscribe with the local receiver&apos;s http://127.0.0.1 URL; the sandbox delivers its events there a few seconds after data changes.</source>
        <translation>沙盒：使用本地接收器的 http://127.0.0.1 URL 订阅；数据更改几秒后，沙盒会将事件投递到该地址。</translation>
    </message>
    <message>
        <source>Lofty delivers only to a public https:// callback. Run a tunnel of your choice that forwards a public HTTPS address to the receiver&apos;s port, and subscribe with that address. The console itself never listens beyond 127.0.0.1.</source>
        <translation>Lofty 只会投递到公共的 https:// 回调。请运行您选择的隧道，将公共 HTTPS 地址转发到接收器的端口，并用该地址订阅。控制台本身从不在 127.0.0.1 以外监听。</translation>
    </message>
    <message>
        <source>Choose a profile and an account first.</source>
        <translation>请先选择配置和账号。</translation>
    </message>
    <message>
        <source>%1 %2 …</source>
        <translation>%1 %2 …</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message numerus="yes">
        <source>%n subscription(s).</source>
        <translation>
            <numerusform>%n 个订阅。</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the subscription to delete.</source>
        <translation>请选择要删除的订阅。</translation>
    </message>
    <message>
        <source>Stop receiver</source>
        <translation>停止接收器</translation>
    </message>
    <message>
        <source>Start receiver</source>
        <translation>启动接收器</translation>
    </message>
    <message>
        <source>Listening on %1 (127.0.0.1 only).</source>
        <translation>正在监听 %1（仅 127.0.0.1）。</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>已停止。</translation>
    </message>
    <message>
        <source>Select a delivery to replay.</source>
        <translation>请选择要重放的投递。</translation>
    </message>
    <message>
        <source>Posting to %1 …</source>
        <translation>正在 POST 到 %1 …</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2.</source>
        <translation>%1 返回了 HTTP %2。</translation>
    </message>
    <message>
        <source>Replay URL</source>
        <translation>重放 URL</translation>
    </message>
</context>
<context>
    <name>lofty-sandbox</name>
    <message>
        <source>Lofty Sandbox (not the real Lofty) is running.</source>
        <translation>Lofty 沙盒（并非真正的 Lofty）正在运行。</translation>
    </message>
    <message>
        <source>Apps:</source>
        <translation>应用：</translation>
    </message>
    <message>
        <source>Press Ctrl+C to stop.</source>
        <translation>按 Ctrl+C 停止。</translation>
    </message>
    <message>
        <source>Cannot listen on 127.0.0.1:%1.</source>
        <translation>无法在 127.0.0.1:%1 上监听。</translation>
    </message>
    <message>
        <source>Warning: cannot handle SIGINT/SIGTERM.</source>
        <translation>警告：无法处理 SIGINT/SIGTERM。</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>已停止。</translation>
    </message>
    <message>
        <source>  Admin API key:   </source>
        <translation>  管理 API 密钥：  </translation>
    </message>
</context>
</TS>
