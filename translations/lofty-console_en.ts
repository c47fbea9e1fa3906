<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application icon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lofty Developer Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1, built with Qt %2, running on Qt %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MIT License. Lofty is a trademark of its owner; this console is not made by Lofty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GNU Lesser General Public License v3 (LGPLv3), linked dynamically.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>qtkeychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BSD 3-Clause License (BSD-3-Clause).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Account</name>
    <message>
        <source>This credential cannot be refreshed: API keys and pasted tokens without a refresh token stay as they are until they expire.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountRegistry</name>
    <message>
        <source>the account&apos;s token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No token is stored for this account: authorize it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored token could not be read: authorize the account again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account&apos;s state could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the account&apos;s key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new account could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the account&apos;s secrets</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountStatus</name>
    <message>
        <source>Valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs re-authorization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unverified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token does not say when it expires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The access token is valid for %n more minute(s).</source>
        <translation>
            <numerusform>The access token is valid for %n more minute.</numerusform>
            <numerusform>The access token is valid for %n more minutes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The access token expires in %n second(s); it is renewed before the next request.</source>
        <translation>
            <numerusform>The access token expires in %n second; it is renewed before the next request.</numerusform>
            <numerusform>The access token expires in %n seconds; it is renewed before the next request.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The access token expires in %n second(s) and cannot be renewed: authorize the account again soon.</source>
        <translation>
            <numerusform>The access token expires in %n second and cannot be renewed: authorize the account again soon.</numerusform>
            <numerusform>The access token expires in %n seconds and cannot be renewed: authorize the account again soon.</numerusform>
        </translation>
    </message>
    <message>
        <source>The access token has expired; it is renewed on the next request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The access token has expired and cannot be renewed: authorize the account again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused this account&apos;s credentials (%1). Refreshing cannot help: re-authorize the account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API key could not be checked with the identity call; requests may be refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server refused the token</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountSwitcher</name>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account whose credentials requests are sent with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No account yet: authorize one</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApiReply</name>
    <message>
        <source>&quot;%1&quot; is not an absolute http(s) URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account&apos;s credentials are only sent to %1, and %2 is another host. Set the profile&apos;s API base URL to call it with this account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No network access manager is available.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppLifecycle</name>
    <message>
        <source>The app is under review: its edit controls are locked until the review ends. Cancel the pending edit to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app is already under review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Production app is submitted by editing it: the edit goes to review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no pending edit to cancel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an app under review can be published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an app under review can be declined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A declined review needs its reason (Lofty sends it by e-mail).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppRegistration</name>
    <message>
        <source>Development</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>Lofty Developer Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register, authorize, inspect tokens and call the Lofty CRM API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the console on the profile &lt;name&gt; (e.g. Sandbox or Lofty).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no profile &quot;%1&quot;. Profiles: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open profile &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuthorizationCodeFlow</name>
    <message>
        <source>Authorization code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile needs an authorize URL, a token URL and a client id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PKCE verifier and challenge made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verifier %1, challenge %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listener failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Lofty Developer Console received the answer. You can close this tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listening on 127.0.0.1:%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirect URI %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browser opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorize URL %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callback received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameters: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The state matches this attempt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP Basic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secret in the body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>POST %1 with grant_type=authorization_code, code %2%3; client authentication: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, code_verifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider answered error=%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider answered error=%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The callback has no authorization code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Lofty Developer Console refused this answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callback refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token endpoint could not be reached: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access token %1, refresh token %2, expires %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer from the browser within %1 seconds; the attempt was abandoned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listener closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>127.0.0.1:%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The redirect host must be 127.0.0.1 or localhost, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not listen on 127.0.0.1:%1 (%2); the port may be in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Lofty Developer Console did not accept this answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A second callback arrived for this attempt; it was refused and ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A callback without a state parameter was refused and ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A callback whose state does not match this attempt was refused and ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The callback comes from issuer &quot;%1&quot;, not from &quot;%2&quot; (RFC 9207); the code was not used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The state matches this attempt; issuer %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>public client, no secret</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuthorizationService</name>
    <message>
        <source>The Authorization Code grant needs the app&apos;s client secret. Enter it in Registration, or use Authorization Code + PKCE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account &quot;%1&quot; is authorized again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account &quot;%1&quot; is authorized.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuthorizePanel</name>
    <message>
        <source>Authorize</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorize a test account with any grant and watch each step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the account is authorized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorization Code + PKCE (no secret)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorization Code (client secret)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client Credentials + customer key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste an access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. alice (test)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name the new account gets in this console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirect URI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exactly what the console&apos;s listener receives; register it in the portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An access token to use as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh token (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A refresh token that goes with the pasted access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Grant:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account &amp;label:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirect &amp;URI:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access &amp;token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fresh token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start authorization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens the system browser on the authorize page (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel authorization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stops the attempt and closes the listener (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy authorize URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a browser other than the system one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No attempt yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The browser asks the user to consent; a PKCE verifier protects the code. No client secret is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The browser asks the user to consent; the code is exchanged with the client secret from Registration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No browser: the client secret and the user&apos;s customer key are exchanged for a token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key is sent as &quot;Authorization: token &lt;key&gt;&quot;; it does not expire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token is used as it is; without a refresh token it cannot be renewed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No profile is active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An attempt is already running: cancel it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorizing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorized: %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not authorized: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept in memory for this run only: the keychain is unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target user&apos;s API key, sent as customer_key; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Lofty API key; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Customer key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cop&amp;y authorize URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Start here.&lt;/b&gt; 1. Authorize a test account below (on the Sandbox profile: Authorization Code + PKCE, then sign in as alice). 2. Send your first request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send your first &amp;request →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens the Requests panel (Ctrl+5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See the sandbox&apos;s test acc&amp;ounts →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens the Sandbox page with the accounts, their keys and the fault switches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-authorizing &quot;%1&quot;: Start renews this account; it keeps its id and label.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogDiff</name>
    <message>
        <source>No operation added, removed or changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 added, %2 removed, %3 changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogUpdate</name>
    <message>
        <source>The document describes no operation.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogUpdateDialog</name>
    <message>
        <source>Update API Catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads an OpenAPI document and keeps it as the profile&apos;s catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An OpenAPI 3.0/3.1 JSON file, or an http(s) URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenAPI document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For Lofty: https://developer.lofty.com/openapi/openapi.json; any API&apos;s document works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads the document and shows what it would change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the document changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeps the document&apos;s catalog for this profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset to &amp;Built-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forgets the imported catalog; the console&apos;s own is used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenAPI Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenAPI documents (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The download of %1 was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer within %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be downloaded (HTTP %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document cannot be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document&apos;s operations (%1) are the ones in use; Apply would change nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operations in the document: %1 (%2). Apply keeps them for this profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalog was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another profile was opened since the document was read; read it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This profile now uses the document&apos;s catalog (operations: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This profile uses the built-in catalog again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This profile uses an imported catalog (operations: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This profile uses the built-in catalog (operations: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the document was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the document (%1 KB)…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliAccountResolver</name>
    <message>
        <source>The profile &quot;%1&quot; has no account &quot;%2&quot;. Accounts: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; names several accounts of &quot;%2&quot;; use an id: %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliAccountsCommand</name>
    <message>
        <source>List the accounts authorized under a profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The action (only list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown action &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACCOUNT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GRANT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-MAIL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AUTHORIZED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATE</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliAllPages</name>
    <message>
        <source>%1 %2 does not page: the catalog documents no scrollId, currentId, offset/limit or page/pageSize parameter for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching every page (%1)...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1: %2 items so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching the pages did not finish in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n page(s), %1 items, %2 ms</source>
        <translation>
            <numerusform>%n page, %1 items, %2 ms</numerusform>
            <numerusform>%n pages, %1 items, %2 ms</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CliAuthorizeCommand</name>
    <message>
        <source>Authorize a new account (browser, client credentials, API key or token).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code, pkce (default), client-credentials, api-key or token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>grant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new account&apos;s label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loopback listener port for the browser grants (default: the profile&apos;s, else any free port).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only print the authorize URL; do not open a browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give up after this many seconds (default %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a client secret that was typed or taken from LOFTY_CLIENT_SECRET in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print every step (secrets masked).</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;; secrets are never arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown grant &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--port needs a number from 1 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Using %1 from the environment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No value: set %1 or type it at the prompt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer key (the user&apos;s API key): </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access token: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain is unavailable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client secret of %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This grant needs the app&apos;s client secret: save it in the console, set LOFTY_CLIENT_SECRET, or type it at the prompt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this URL in a browser to authorize:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened the browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Waiting for the browser to come back (at most %n second(s))...</source>
        <translation>
            <numerusform>Waiting for the browser to come back (at most %n second)...</numerusform>
            <numerusform>Waiting for the browser to come back (at most %n seconds)...</numerusform>
        </translation>
    </message>
    <message>
        <source>Another authorization is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No answer within %n second(s); the authorization was cancelled.</source>
        <translation>
            <numerusform>No answer within %n second; the authorization was cancelled.</numerusform>
            <numerusform>No answer within %n seconds; the authorization was cancelled.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not authorized: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timeout needs a number of seconds from 1 to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account was authorized but could not be saved in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliCatalogCommand</name>
    <message>
        <source>List the profile&apos;s API operations, or update them from an OpenAPI document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list or update.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  list                  every operation: method, path, API, summary
  update FILE|URL       import an OpenAPI 3.0/3.1 JSON document as the profile&apos;s catalog
                        (for Lofty: https://developer.lofty.com/openapi/openapi.json);
                        an unusable document changes nothing and exits with 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the OpenAPI document: a file or an http(s) URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown action &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>METHOD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SUMMARY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalog was not changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalog updated: %1 operations (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB; the catalog was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be downloaded (HTTP %2): %3; the catalog was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliCollectionsCommand</name>
    <message>
        <source>Import a Postman v2.1 collection as a collection folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: lofty-console-cli collections import-postman FILE DIR
Run `lofty-console-cli collections import-postman --help` for its options.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown action &quot;%1&quot;: use import-postman.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Postman collection export (v2.1 JSON).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new folder for the collection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests keep Postman&apos;s order (file names start with 01-, 02-, ...); {{variables}} stay;
auth blocks and Authorization headers are dropped: runs use the selected account&apos;s credentials.
Secret values become secret variables (kept in the keychain, never in the files).
Example: lofty-console-cli collections import-postman Lofty.postman_collection.json ./lofty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the export file and a new folder, e.g. `collections import-postman export.json ./my-collection`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported &quot;%1&quot;: %n request(s) in %2.</source>
        <translation>
            <numerusform>Imported &quot;%1&quot;: %n request in %2.</numerusform>
            <numerusform>Imported &quot;%1&quot;: %n requests in %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CliCommand</name>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: lofty-console-cli %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try &apos;lofty-console-cli %1 --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>The profile, by id or name (default: $LOFTY_PROFILE, else the console&apos;s current profile).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account, by id, label or e-mail (default: $LOFTY_ACCOUNT, else the profile&apos;s first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print tables without their header line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print no progress on stderr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no profile &quot;%1&quot;. See `lofty-console-cli profiles list`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the keychain did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain is unavailable, and secrets are never written in plain text: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a Secret Service (e.g. gnome-keyring) in this session and unlock it, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Using the client secret from LOFTY_CLIENT_SECRET for this run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; has no account yet. Run `lofty-console-cli authorize`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox (not the real Lofty): the built-in sandbox runs inside this command only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain is unavailable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain did not give the account&apos;s secrets in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; cannot be used: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorize it again with `lofty-console-cli authorize`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain did not keep the new secrets: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain refused a change: %1</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try &apos;lofty-console-cli --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliEnvironmentImport</name>
    <message>
        <source>Lofty (from lofty-cli)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LOFTY_BASE_URL &quot;%1&quot; is not an http or https URL; the default API base was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API base and token URL from LOFTY_BASE_URL (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client id from LOFTY_CLIENT_ID (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client secret from LOFTY_CLIENT_SECRET (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lofty-cli customer key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer key from LOFTY_CUSTOMER_KEY (%1), for the client credentials grant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LOFTY_CUSTOMER_KEY is set but LOFTY_CLIENT_SECRET is not: the client credentials grant needs both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lofty-cli access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access token from LOFTY_ACCESS_TOKEN (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access token from LOFTY_ACCESS_TOKEN (%1) and refresh token from LOFTY_REFRESH_TOKEN (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LOFTY_REFRESH_TOKEN is set without LOFTY_ACCESS_TOKEN; it was not imported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliOutput</name>
    <message>
        <source>lofty-console-cli: warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lofty-console-cli: error: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliProfilesCommand</name>
    <message>
        <source>(built-in sandbox, at run time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List, show, select, import and export profiles (never secrets).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list, show, use, import or export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export: write to this file instead of stdout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import: build the profile from lofty-cli&apos;s LOFTY_* variables; their secrets go to the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the profile to use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the file to import (or - for stdin, or --from-env).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown action &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CURRENT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KIND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CLIENT ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API BASE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACCOUNTS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox (not the real Lofty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorize URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 requests/min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirect URIs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Granted APIs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current profile: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a usable profile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported profile &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of %1 is set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported &quot;%1&quot; to %2 (no secrets, no accounts).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import, create: make the new profile the current one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create: lofty, lofty-help-center, sandbox or oauth2 (default lofty).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>preset</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: profiles set PROFILE KEY VALUE; keys: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the new profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown preset &quot;%1&quot;; the presets are: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created profile &quot;%1&quot; from the %2 preset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the built-in sandbox&apos;s endpoints are set at run time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of &quot;%2&quot; set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; exists already; the import is a new profile named &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliRequestCommand</name>
    <message>
        <source>Call the API as the selected account (body on stdout, status on stderr).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GET, POST, PUT, PATCH, DELETE, HEAD or OPTIONS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An API path such as /v1.0/me, or a full URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A query parameter (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key=value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A request header (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name:value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JSON body: inline, @file, or @- for stdin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indent a JSON response (numbers stay exact).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the response headers on stderr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give up when no data arrives for this many seconds (default %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account&apos;s credentials are added (refreshed first when needed); the app&apos;s rate limit is kept
(requests wait instead of being answered 429). Every exchange goes to the history the console shows.
Example: lofty-console-cli request GET /v1.0/leads --query limit=10 --pretty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the method and the path, e.g. `request GET /v1.0/me`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown method &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a path starting with / nor an http(s) URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--query needs key=value, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--header needs name:value, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account&apos;s credentials are added for you; secrets are never arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--data is not JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Waiting %n second(s) for the app&apos;s rate limit...</source>
        <translation>
            <numerusform>Waiting %n second for the app&apos;s rate limit...</numerusform>
            <numerusform>Waiting %n seconds for the app&apos;s rate limit...</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rate limited (%1): waiting %n second(s).</source>
        <translation>
            <numerusform>Rate limited (%1): waiting %n second.</numerusform>
            <numerusform>Rate limited (%1): waiting %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>The request did not finish in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · %1 ms · %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · waited %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · rate limit: %1 of %2 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timeout needs a number of seconds from 1 to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body is nested too deeply to indent; it is printed as received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch every page of a list and print all items as one array.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --all-pages: one item per line (JSON lines).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliRunCommand</name>
    <message>
        <source>Run a collection (or a folder or request of it) with its checks; exit 1 on a failure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A collection folder, a folder inside it, or one request file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The collection environment to use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also write the results as JUnit XML.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests run in file-name order, one after the other, as the selected account; captures set
variables for the requests that follow; the app&apos;s rate limit is kept (no 429s).
Secret variables come from the keychain, or from %1&lt;name&gt; environment variables.
Example: lofty-console-cli run ./lofty-collection --env sandbox --junit results.xml</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give one collection path, e.g. `run ./my-collection`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some request files cannot be read:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run did not finish in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 passed, %2 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the secret variables from the keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No value stored for the secret variable(s) %1 (set %2&lt;name&gt; to give one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PASS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1  %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliSandboxCommand</name>
    <message>
        <source>Run the built-in Lofty sandbox (same options as lofty-sandbox).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliScopesCommand</name>
    <message>
        <source>What the app may call, API by API (--probe to ask the server now).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send one safe GET per API as the selected account (paced by the rate limit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lofty&apos;s tokens say only scope=openApi, so the matrix comes from the registration&apos;s granted APIs,
from what the history has seen (allowed, or refused with 403 200100) and from the probe.
Columns: API, GROUP, GRANTED (registration), ALLOWED and REFUSED (history), PROBE, EFFECTIVE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probed %1 of %2 APIs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The probe did not finish in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every probe failed (see the PROBE column); the account may need authorizing again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GROUP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GRANTED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ALLOWED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REFUSED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PROBE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EFFECTIVE</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliTokenCommand</name>
    <message>
        <source>Print, show, refresh or forget the selected account&apos;s token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print, show, refresh or forget.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print: the whole Authorization header value (&quot;Bearer …&quot; or &quot;token …&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  print     a valid access token on stdout (refreshed first when needed):
            curl -H &quot;Authorization: Bearer $(lofty-console-cli token print)&quot; …
  show      what is known about the token, secrets masked (--json)
  refresh   refresh now (refresh_token grant, or a new client-credentials token)
  forget    remove the account and its secrets from the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the action: print, show, refresh or forget.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown action &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorize the account again with `lofty-console-cli authorize`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token endpoint did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this account holds an API key: send it as &quot;Authorization: token &lt;key&gt;&quot; (or use --header).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Obtained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (in %2 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh token age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JWT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alg %1, sub %2, iss %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refreshed. The new token expires at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forgot the account &quot;%1&quot; and removed its secrets from the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account has no usable credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) (the provider keeps them %1 days)</source>
        <translation>
            <numerusform>%n day (the provider keeps them %1 days)</numerusform>
            <numerusform>%n days (the provider keeps them %1 days)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CliWebhooksCommand</name>
    <message>
        <source>List, create and delete webhook subscriptions; listen for deliveries on 127.0.0.1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prints GET /v1.0/webhooks for the selected account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: lofty-console-cli webhooks list|create|delete|listen [options]
Run `lofty-console-cli webhooks &lt;action&gt; --help` for an action&apos;s options.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown action &quot;%1&quot;: use list, create, delete or listen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event list, 1-12 (2 Lead Info, 3 Lead Activity ...).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The callback URL (https://).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1-5000 (default %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 or 1 (default 0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lofty takes https:// callbacks only; the Sandbox profile also takes http://127.0.0.1.
Example: lofty-console-cli webhooks create --list 2 --callback http://127.0.0.1:8787/lofty/webhook/2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--list, --limit and --permission-mode take whole numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subscription&apos;s id (webhooks list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give one subscription id (a number), e.g. `webhooks delete 9007199254780993`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The port on 127.0.0.1 (default 0: any free one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also post each delivery to this loopback URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listens on 127.0.0.1 only and prints each delivery as one JSON line on stdout until Ctrl+C.
For Lofty, run a tunnel that gives a public https:// address for this port and subscribe with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--port takes a number from 0 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forwarded to %1: HTTP %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused a delivery (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listening on %1 (127.0.0.1 only; Ctrl+C stops).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientCredentialsFlow</name>
    <message>
        <source>Client credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile needs a token URL and a client id for client credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>POST %1 with grant_type=client_credentials%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, customer_key=%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access token %1, expires %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client credentials need the app&apos;s client secret; enter it first. Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client credentials need the user&apos;s customer key (their API key); enter it first. Nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientSecret</name>
    <message>
        <source>the client secret</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CodeExport</name>
    <message>
        <source>Python (requests)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JavaScript (fetch)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C++ (Qt Network)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CollectionFiles</name>
    <message>
        <source>&quot;%1&quot; is not a request file of the collection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A request needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as %1, but %2 could not be removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a folder name inside the collection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; rename one of the two first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot move %1 to %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot delete %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two requests of %1 would get the same file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot rename %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CollectionRequest</name>
    <message>
        <source>a request file must hold a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a request file of format %1 (&quot;lofty-console-request&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a request needs a &quot;method&quot; and a &quot;url&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;pages&quot; can only be &quot;all&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;timeoutSeconds&quot; must be from 1 to 3600</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CollectionRunner</name>
    <message>
        <source>not sent: unknown variable(s) %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not sent: no account to send as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not sent: %1 %2 does not page (no scrollId, currentId, offset/limit or page/pageSize parameter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>capture %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CollectionSettings</name>
    <message>
        <source>not a &quot;%1&quot; file of format %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>variable %1 has no &quot;name&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;secretVariables&quot; lists names only (item %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CollectionStore</name>
    <message>
        <source>larger than 16 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not inside a collection (no %2 in it or above it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already holds a collection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a request file name inside the collection (a relative path ending in .json).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1 would put a secret in the file. Use a {{variable}} (secret variables are kept in the keychain); the account&apos;s credentials are added when sending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The collection has no environment &quot;%1&quot; (it has none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The collection has no environment &quot;%1&quot; (it has: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An environment name uses letters, digits, &quot;.&quot;, &quot;_&quot; and &quot;-&quot; only, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CollectionsPanel</name>
    <message>
        <source>A folder with a collection.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collection:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests of the collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the selected folder or request, or the whole collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the request being composed in the Requests panel into the collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a collection folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) in &quot;%1&quot;.</source>
        <translation>
            <numerusform>%n request in &quot;%1&quot;.</numerusform>
            <numerusform>%n requests in &quot;%1&quot;.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some files cannot be read:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an account first: runs are sent as the selected account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a collection with at least one request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Running %n request(s)…</source>
        <translation>
            <numerusform>Running %n request…</numerusform>
            <numerusform>Running %n requests…</numerusform>
        </translation>
    </message>
    <message>
        <source>PASS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 passed, %2 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (cancelled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a collection first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collection folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit environment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variables of the selected environment; secret ones go to the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save request &amp;as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the request being composed over the saved request it came from (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in Re&amp;quests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected request in a new request tab; Save (Ctrl+S) writes it back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename the selected request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Move to…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected request to another folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dele&amp;te…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected request file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the selected request earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the selected request later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import curl…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn a curl command into a saved request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cop&amp;y as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected request as a program; credentials and secret variables stay variables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the secret variables from the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the secret variables from the keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a saved request to rename.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renamed %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a saved request to duplicate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a saved request to move.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(top level)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder (pick one or type a new name):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a saved request to delete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1 from the collection? The file is removed from the disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a saved request to move up or down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported; the command&apos;s credentials were dropped: the selected account&apos;s are sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a saved request with a usable URL to copy it as code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied as %1; credentials are read from the environment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a saved request to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editing %1; Ctrl+S saves it back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (e.g. sandbox):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the environment %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsoleSession</name>
    <message>
        <source>There is no profile &quot;%1&quot;. Profiles: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request history could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain could not handle %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile in use cannot be deleted.</source>
        <translation type="unfinished"></translation>
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
    <name>CurlImport</name>
    <message>
        <source>The command has an unterminated %1 quote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A curl command starts with &quot;curl&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header &quot;%1&quot; has no name: value form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The curl option %1 is not supported here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than one URL: &quot;%1&quot; and &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command names no URL.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CurlImportDialog</name>
    <message>
        <source>Import a curl command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>curl command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>curl -X POST &apos;https://api.lofty.com/v1.0/leads&apos; -H &apos;Content-Type: application/json&apos; -d &apos;{…}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method and path when left empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command&apos;s Authorization header is not kept: the selected account&apos;s credentials are sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DirectCredentials</name>
    <message>
        <source>The value is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value contains spaces or invisible characters; paste it again as one line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value contains non-ASCII characters, which cannot be sent in an HTTP header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pasted access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It expired at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No expiry known</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EndpointBrowser</name>
    <message>
        <source>Search endpoints (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search endpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filters the catalog by path, method, summary, group or API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalog grouped as in Lofty&apos;s documentation; Enter picks one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EndpointCatalog</name>
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
    <message>
        <source>&apos;%1&apos; is not a media type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an HTTP status (100-599)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnvironmentDialog</name>
    <message>
        <source>Environment &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variables of the environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret values are kept in the system keychain, never in the collection&apos;s files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not stored)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no keychain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain is available: the secret %1 cannot be stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret %1 was not stored in the keychain: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExpiryBar</name>
    <message>
        <source>Token expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifetime left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does not expire (or expiry unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired %1 ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused by the server</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldReader</name>
    <message>
        <source>is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a string, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be true or false, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an absolute http or https URL, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an array, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a non-empty string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>repeats &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a secret; secrets are never read from or written to a profile file. Enter it in the console, which keeps it in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2, not %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FlowTimeline</name>
    <message>
        <source>Authorization steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each step of the attempt with its time and masked details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed step: %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step: %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>No answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (code %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirect refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bad request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unauthorized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API not granted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permission denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No access to the website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team leads permission needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forbidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate limited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (token renewed, sent again)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every exchange of this profile, secrets masked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show one endpoint only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show one class of status only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2xx success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4xx client error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5xx server error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>403 forbidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>429 rate limited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show one account only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searches URLs, headers and bodies (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Endpoint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchanges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newest first; Enter opens the selected one in Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request and the response, secrets masked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open in Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loads the selected exchange into the Requests panel to send it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This entry could not be read from the history file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>→ %1 in %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… (cut: %1 bytes were received)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching the history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token was refused; it was renewed and the request sent again (a later entry).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JUnitReport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
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
    <name>JsonPath</name>
    <message>
        <source>The expression is empty; it starts with $ (the whole body).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A JSONPath starts with $ (the whole body), not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at position %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected &quot;.&quot; or &quot;[&quot; but found &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot appear in a member name; use [&apos;…&apos;]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected a member name or * after &quot;.&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected &quot;]&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quoted member name is not closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected an index, * or a quoted name inside &quot;[…]&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonReader</name>
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
        <source>unterminated object: expected a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unterminated array: expected a value</source>
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
    <name>JsonTreeModel</name>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(root)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>[%n element(s)]</source>
        <translation>
            <numerusform>[%n element]</numerusform>
            <numerusform>[%n elements]</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{%n member(s)}</source>
        <translation>
            <numerusform>{%n member}</numerusform>
            <numerusform>{%n members}</numerusform>
        </translation>
    </message>
    <message>
        <source>Null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>String</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonValueLocator</name>
    <message>
        <source>&quot;%1&quot; is neither a JSON pointer (/a/0/b) nor a JSONPath ($.a[0].b).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: &quot;~&quot; must be followed by 0 or 1 in a JSON pointer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; names more than one value (wildcards and &quot;..&quot; are not supported here).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonView</name>
    <message>
        <source>JSON view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body as a tree, as indented text and as received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys, values and types; numbers are shown exactly as received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indented JSON text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raw body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pretty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ra&amp;w</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parsing the body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not valid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the first %1 MiB of %2 MiB; the tree shows everything. Save… or Copy all for the whole text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the whole text to a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the whole text to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter with a JSONPath: $.leads[0].id, $..id, $.leads[*].email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSONPath filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows only the values the expression selects; Return applies it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a JSONPath: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matches of %1: the first %2 are shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matches of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy JSONPath</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied the value of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied the key %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied the JSONPath %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Jwt</name>
    <message>
        <source>Not a JWT: expected three parts separated by dots, found %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a JWT: the header is not base64url-encoded JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a JWT: the payload is not base64url-encoded JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a JWT: the signature part is not base64url.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature not verified: the console only decodes the token and cannot tell whether it is genuine.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyValueTable</name>
    <message>
        <source>Name and value pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit a cell with F2 or by typing; empty names are ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds an empty name/value row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removes the selected rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeychainBanner</name>
    <message>
        <source>Keychain problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;The keychain cannot keep secrets.&lt;/b&gt; %1 Tokens, keys and the client secret are kept in memory until the console closes; unlock or start your keyring to keep them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>The keychain did not answer within %1 s; it may be waiting for an unlock prompt. Secrets are kept in memory for this session only. Unlock your keyring and restart the console to have them remembered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain could not store the secret (%1). It is kept in memory for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain accepted a secret but did not give it back (%1); the keyring may be locked. Secrets are kept in memory for this session only. Unlock your keyring and restart the console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a different value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret was forgotten for this session, but it may still be in the keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets are kept in memory for this session only; nothing is written to disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access to the keychain was refused. %1 Allow access when asked, then restart the console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain is reachable: there is no D-Bus session with a Secret Service (%1). %2 Start the console inside a desktop session with GNOME Keyring or KWallet running, then restart it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keyring is locked or has no default collection (%1). %2 Unlock it (log in to the desktop, or run gnome-keyring-daemon --unlock), then restart the console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain cannot be used (%1). %2 Check that a Secret Service (GNOME Keyring, KWallet) is running and unlocked, then restart the console.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoftyError</name>
    <message>
        <source>The server answered HTTP %1 but reported failure in the body: code %2, &quot;%3&quot;. Lofty reports some failures this way, so this call did not succeed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the identifiers and values you sent; the message above names the problem.</source>
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
        <source>The resource does not exist or this account has no access to it. Lofty answers 404 for both, and briefly for a lead that was just created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the identifiers in the path and that the account can see the record; retry a freshly created lead after a moment.</source>
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
        <source>The server failed while handling the request; the request itself may be fine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry later. If it keeps failing for the same request, report it to Lofty with the time and the request (copy it as curl, secrets stay masked).</source>
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
        <source>The server rejected the request&apos;s parameters or body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the parameters with the endpoint&apos;s description in the catalog; the server said: &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credentials are valid but the request is not allowed.</source>
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
        <translation>
            <numerusform>No data arrived for %n second.</numerusform>
            <numerusform>No data arrived for %n seconds.</numerusform>
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
    <message>
        <source>No valid credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was not sent: no valid token could be had for the account. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorize the account again, or paste a valid API key or access token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an absolute URL (https://api.lofty.com/v1.0/me) or a path such as /v1.0/me.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (HTTP %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (HTTP %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lofty reported this failure with HTTP %1, so the call did not succeed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not authorized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate limit reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected HTTP status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bad request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forbidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the app&apos;s granted APIs in the Registration panel (Developer Portal, Permissions tab) and the account&apos;s role.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoftyErrorBanner</name>
    <message>
        <source>Open &amp;Registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error explanation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the Registration panel to grant the missing API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoopbackReplyHandler</name>
    <message>
        <source>The request is larger than %1 KiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request is not HTTP/1.x.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only GET is answered here, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is served at this path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The callback repeats a parameter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No attempt is waiting for this answer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Current panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Panels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the panel to show; Ctrl+1 to Ctrl+6 switch directly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your app&apos;s registration and granted APIs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorize</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorize test accounts with any grant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspect, refresh and forget tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which APIs your app may call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send requests to the API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every exchange, secrets masked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch &amp;Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Lofty Developer Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider, app registration and accounts to work with (Ctrl+Shift+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token expires %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token does not expire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token: %1 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox (not Lofty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The built-in sandbox&apos;s test accounts, apps and fault switches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved requests, variables and runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhooks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscriptions and a local receiver for deliveries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Update API Catalog…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Profiles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acco&amp;unt:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OAuthFlow</name>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The attempt was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The authorization was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpenApiImporter</name>
    <message>
        <source>The API grants file is not a JSON object: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API grants file names no id or api for &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document is %1 MB; at most %2 MB are read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document is not valid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document is Swagger 2.0; only OpenAPI 3.0 and 3.1 are read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document is not OpenAPI 3.0 or 3.1 (no &quot;openapi&quot;: &quot;3.x&quot; at the top)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated by the console&apos;s OpenAPI importer from &quot;%1&quot; version %2 (OpenAPI %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document gives a catalog the console cannot use:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document has no &quot;paths&quot;: there are no operations to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The path &quot;%1&quot; does not start with &quot;/&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The path &quot;%1&quot; is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document has more than %1 operations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document has no GET, POST, PUT, PATCH or DELETE operation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpenApiSchema</name>
    <message>
        <source>the reference &quot;%1&quot; points outside the document; only local references (#/...) are read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reference &quot;%1&quot; is not a JSON pointer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reference &quot;%1&quot; points to nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reference &quot;%1&quot; refers to itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>references nest deeper than %1 at &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>allOf nests deeper than %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a schema expands to more than %1 sample values</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PageFetcher</name>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No account to send as.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 holds no list of items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 is not JSON: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped after %1 pages.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PostmanImport</name>
    <message>
        <source>This is not JSON: %1 at byte %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a Postman collection: the file holds no JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a Postman collection in the old v1 format: export it again from Postman as &quot;Collection v2.1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a Postman collection: info.schema does not name the v2.1 collection schema.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported from Postman</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The collection&apos;s scripts were not imported: use captures and assertions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Postman collection &quot;%1&quot; holds no request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value of the variable &quot;%1&quot; was not imported: it is a secret variable now; set its value in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder &quot;%1&quot;: its scripts were not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was skipped: it is neither a request nor a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: its Authorization header was not imported; requests are sent with the selected account&apos;s credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the values of %2 were replaced by {{variables}} of those names (secret variables; set their values in the keychain).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the disabled query parameter &quot;%2&quot; was left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: its %2 body was not imported (only raw and urlencoded bodies are).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: its pre-request script was not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: its test script became %2 capture(s) and %3 assertion(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>; %n line(s) were not translated</source>
        <translation>
            <numerusform>; %n line was not translated</numerusform>
            <numerusform>; %n lines were not translated</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: its %2 authorization was not imported; requests are sent with the selected account&apos;s credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB: not a collection export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists and is not empty: choose a new folder for the collection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot move the imported collection to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>My Lofty app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The built-in sandbox&apos;s web app (not Lofty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The redirect host must be 127.0.0.1 or localhost (the listener binds 127.0.0.1 only), not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The redirect path must start with / and have no query or fragment, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileCatalog</name>
    <message>
        <source>There is no usable catalog to keep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileCatalogStore</name>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileExchange</name>
    <message>
        <source>The file is not valid JSON (%1 at offset %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file must hold a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be &quot;%1&quot;: this is not an exported console profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not supported; this console reads version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is missing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileJson</name>
    <message>
        <source>&quot;%1&quot; is not an authorize style; expected standard or loftyVendorAuth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a client authentication method; expected requestBody or httpBasic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is missing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfilePresets</name>
    <message>
        <source>a non-empty name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an absolute http(s) URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>requestBody or httpBasic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any text (empty: not sent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the client id from the portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>127.0.0.1 or localhost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 (any free port) to 65535</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a path starting with /</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the RFC 9207 issuer (empty: not checked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty or a path starting with /</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 (unknown) to 36500</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>development, underReview, production or declined (as the portal shows it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lofty (developer.lofty.com)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lofty, help-center token endpoint (HTTP Basic + client_id)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox (built in, not Lofty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generic OAuth 2.0 server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My OAuth app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a profile named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expected %2, not &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown key &quot;%1&quot;; the keys are: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>%1 was missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read (%2). It was left as it is and changes will not be saved until it can be read; the console uses the preset profiles meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It could not be set aside, so it was left as it is and changes will not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It was set aside as %1; nothing in it was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profiles that could be read were kept: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your profiles were restored from the backup saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no usable backup; the console starts with the preset profiles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty, probably cut short by a crash or a full disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ends too early (after %2 bytes): it was cut short, probably by a crash or a full disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2 at byte %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file must hold a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has values of the wrong type or not allowed here: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer version of the console (file format %2; this version reads up to %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number from 1 to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>repeats the profile id &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile needs an id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no profile with the id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The built-in Sandbox profile cannot be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no account %1 in profile %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profiles are not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed on disk and is no longer usable; it could not be set aside, so it was not overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; carries a secret and cannot be a stored extra parameter: the console adds client secrets, customer keys and tokens from the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; needs an API base URL (such as https://api.lofty.com): tokens are only ever sent to that host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API base URL &quot;%1&quot; of the profile &quot;%2&quot; is not an absolute http(s) URL with a host, such as https://api.lofty.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is being changed by another process (lock file %2.lock); try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a profile with the id %1 (&quot;%2&quot;); it was left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfilesDialog</name>
    <message>
        <source>Profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New from preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new profile from the chosen preset, named as typed (or after the preset)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copy of the selected profile&apos;s setup, without its accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the selected profile the name typed above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected profile and its keychain entries (asks first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a profile from an exported file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the selected profile&apos;s setup to share: no secrets, no accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preset:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Console profiles (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (in use)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created &quot;%1&quot; from the %2 preset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a profile first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicated as &quot;%1&quot; (without accounts).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renamed to &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete &quot;%1&quot; with its %n account(s)? Its client secret and every token it keeps are removed from the keychain too.</source>
        <translation>
            <numerusform>Delete &quot;%1&quot; with its %n account? Its client secret and every token it keeps are removed from the keychain too.</numerusform>
            <numerusform>Delete &quot;%1&quot; with its %n accounts? Its client secret and every token it keeps are removed from the keychain too.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted &quot;%1&quot; and its keychain entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a usable profile: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported &quot;%1&quot; to %2 (no secrets, no accounts).</source>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate limit used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate: unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rate limit known yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate: %1/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 requests used in this window; resets in %n second(s)</source>
        <translation>
            <numerusform>%1 of %2 requests used in this window; resets in %n second</numerusform>
            <numerusform>%1 of %2 requests used in this window; resets in %n seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RegistrationLint</name>
    <message>
        <source>No client id: copy it from the Developer Portal&apos;s app table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The console receives the authorization on %1, which is not among the app&apos;s redirect URIs. Register %2 in the Developer Portal (a loopback URI matches any port).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 uses plain http on a non-loopback host; authorization codes would travel unencrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No API is granted: every request will be refused with 403 (code 200100).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 mode allows %2 requests per minute for the whole app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server reports a limit of %1 requests per minute, not the %2 of %3 mode: the mode recorded here may be out of date, or the endpoint has its own limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removes %1: existing tokens keep working for the other APIs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renames the app; tokens are not affected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes the description; tokens are not affected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes the website; tokens are not affected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes the redirect URIs; tokens are not affected, but new authorizations must use a registered URI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes the client id: this is another app, and the accounts authorized under the old one do not carry over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode %1 → %2: the rate limit becomes %3 requests per minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under review: the approved configuration keeps running (with Production&apos;s limit) until Lofty publishes the pending edit; edits are locked until then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under review: the app keeps Development&apos;s limits until Lofty approves it; edits are locked until then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined: read Lofty&apos;s e-mail for the reason, edit the app and resubmit it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined: %1 Edit the app and resubmit it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pending edit adds %1: when it is published, every token of the app stops working and each account must authorize again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds %1: every existing token of the app stops working at once and each user has to authorize again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds %1: when Lofty publishes the edit, every existing token of the app stops working and each user has to authorize again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Changing the client id makes this another app: %n account(s) authorized under the old one will need re-authorization.</source>
        <translation>
            <numerusform>Changing the client id makes this another app: %n account authorized under the old one will need re-authorization.</numerusform>
            <numerusform>Changing the client id makes this another app: %n accounts authorized under the old one will need re-authorization.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Adding %1 invalidates every token of the app now: %n account(s) will need re-authorization.</source>
        <translation>
            <numerusform>Adding %1 invalidates every token of the app now: %n account will need re-authorization.</numerusform>
            <numerusform>Adding %1 invalidates every token of the app now: %n accounts will need re-authorization.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Adding %1 invalidates every token of the app when the edit is published: %n account(s) will need re-authorization then.</source>
        <translation>
            <numerusform>Adding %1 invalidates every token of the app when the edit is published: %n account will need re-authorization then.</numerusform>
            <numerusform>Adding %1 invalidates every token of the app when the edit is published: %n accounts will need re-authorization then.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Changing the redirect URIs keeps existing tokens (0 of %n account(s) need re-authorization now), but every new authorization must use one of the new URIs.</source>
        <translation>
            <numerusform>Changing the redirect URIs keeps existing tokens (0 of %n account need re-authorization now), but every new authorization must use one of the new URIs.</numerusform>
            <numerusform>Changing the redirect URIs keeps existing tokens (0 of %n accounts need re-authorization now), but every new authorization must use one of the new URIs.</numerusform>
        </translation>
    </message>
    <message>
        <source>The redirect URIs change too: the re-authorizations must use one of the new URIs.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegistrationPanel</name>
    <message>
        <source>Registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your app&apos;s registration, provider endpoints and granted APIs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox: edits go to the built-in sandbox&apos;s admin API and take effect at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems Lofty&apos;s portal or OAuth server would have with this registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the registration (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the unsaved edits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App (as the Developer Portal shows it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept in the keychain, never in the profile file; leave empty to keep the stored one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged (stored in the keychain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirect URIs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One per line; loopback URIs match any port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client &amp;ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client s&amp;ecret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirect &amp;URIs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate limit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider endpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorize URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lofty vendor-auth page (clientId parameter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendor-auth authorize style</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the client secret reaches the token endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret in the request body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP Basic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent when not empty; Lofty answers openApi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra authorize parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra token parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Authorize URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Token URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;base URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;cope:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra authorize parameters:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra token parameters:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Granted APIs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The APIs the portal grants this app, grouped as in the catalog; Space toggles one</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) per minute</source>
        <translation>
            <numerusform>%n request per minute</numerusform>
            <numerusform>%n requests per minute</numerusform>
        </translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breaking: adding %1 invalidates every token of this app; each account must be authorized again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider settings changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No unsaved changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App registration and provider settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain is unavailable: kept in memory for this run only, never in the profile file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged (kept for this run only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mode the Developer Portal shows, set by hand (drops a pending edit); the lifecycle buttons above follow Lofty&apos;s rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded &amp;mode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifecycle (as the Developer Portal runs it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifecycle state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the app runs on while an edit is reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The edit waiting for review, as it differs from the approved configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decline reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the app to Lofty&apos;s review (Development or Declined)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel pending edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw the edit under review; the approved configuration stays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review approves: the pending edit takes effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason to decline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reason (from Lofty&apos;s e-mail)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review declines, for the reason given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirect (loopback listener)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirect host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>127.0.0.1 (RFC 8252 prefers the IP literal) or localhost for providers that insist on it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirect port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A fixed port for portals that need an exact redirect URI; 0 picks a free port at each sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any free port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirect path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PKCE also with the client secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PKCE with the client secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFC 9700 advises PKCE for every client; turn off only for a provider that refuses it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirect URI sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breaking when published: adding %1 invalidates every token of this app then; each account must be authorized again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Production app&apos;s edits go through review: saving submits this as a pending edit; the approved configuration keeps running meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breaking change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not done: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n request(s) per minute</source>
        <translation>
            <numerusform>%1 — %n request per minute</numerusform>
            <numerusform>%1 — %n requests per minute</numerusform>
        </translation>
    </message>
    <message>
        <source>. The approved configuration keeps running; edits are locked until the review ends or the pending edit is cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>. First review: edits are locked until it ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined: the reason is in Lofty&apos;s e-mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved (in force): %1; APIs: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending edit: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resubmit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — &lt;port&gt; is the free port bound at each sign-in; register %2 (a loopback URI matches any port).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Path:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lient authentication:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestAssertion</name>
    <message>
        <source>status is %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lofty code is 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 equals %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 matches /%2/</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time below %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected status %1, got %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>took %1 ms, limit %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the response body is not JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2, expected %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2, which does not match /%3/</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP status %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lofty code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lofty code %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;check&quot; must be status, loftyCode, exists, equals, matches or timeBelow, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check &quot;%1&quot; needs a whole number (&quot;%2&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check &quot;matches&quot;: bad pattern /%1/: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check &quot;%1&quot; needs a &quot;path&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestCapture</name>
    <message>
        <source>no response arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the response has no header &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the response body is not JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing at %1 in the response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a capture must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a capture needs a &quot;variable&quot; name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>capture &quot;%1&quot; needs a &quot;header&quot; name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>capture &quot;%1&quot;: &quot;from&quot; must be body, header or status, not &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestEditor</name>
    <message>
        <source>Pick an endpoint, or type a URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filled from the parameters; may be edited freely (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the request (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the request (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <comment>seconds</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeout: the request is abandoned after this many seconds without data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeout in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as &amp;curl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy a curl command; secrets become shell variables (Ctrl+Shift+C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as curl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy with secrets in clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time&amp;out:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path and query parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON body, pre-filled with the catalog&apos;s sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pa&amp;rameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — needs the API &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, required):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 parameter of type %2. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This endpoint takes no parameters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, default %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestHistory</name>
    <message>
        <source>Cannot read the history file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the history file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot rewrite the history file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot clear the history file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history file %1 changed while it was being compacted; nothing was dropped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestResolver</name>
    <message>
        <source>&quot;%1&quot; is not a usable URL.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestTab</name>
    <message>
        <source>New request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No response yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No account to send with: authorize one first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending %1 %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the rate limit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Getting a fresh token…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied %1 %2 as curl, secrets in clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied %1 %2 as curl, secrets as shell variables</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestsPanel</name>
    <message>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) held by the rate limit; the next slot frees in %1 s (Esc cancels)</source>
        <translation>
            <numerusform>%n request held by the rate limit; the next slot frees in %1 s (Esc cancels)</numerusform>
            <numerusform>%n requests held by the rate limit; the next slot frees in %1 s (Esc cancels)</numerusform>
        </translation>
    </message>
    <message>
        <source>Compose requests from the endpoint catalog in tabs, send them and read the responses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request tabs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+T opens a tab, Ctrl+W closes it, Ctrl+Tab goes to the next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a new request tab (Ctrl+T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New request tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request tab: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (sending)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResponseView</name>
    <message>
        <source>Request in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No response yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response timing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response bod&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response h&amp;eaders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied the header name %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied the value of the header %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>queued %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>token %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connect %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection reused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first byte %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>total %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1 %2 · %3 ms · body %4 · headers %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · waited %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1 %2, then the answer broke off · %3 ms · body %4 · headers %5</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SandboxAdminRoutes</name>
    <message>
        <source>No app with client id &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected Development, Under Review, Production or Declined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an array of API names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown API &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method not allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox admin API needs this run&apos;s key in the %1 header; lofty-sandbox prints it at start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an absolute URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a non-empty array of URLs.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SandboxApiRoutes</name>
    <message>
        <source>Missing credentials: send Authorization: Bearer &lt;access token&gt; or token &lt;API key&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The access token is invalid, expired or revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API key is invalid or revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsupported authorization scheme &quot;%1&quot;: use Bearer or token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User in token does not exist (an API key goes in &quot;Authorization: token &lt;key&gt;&quot;, not Bearer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 is not an operation of Lofty&apos;s API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content-Type: application/json is required on this GET.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This operation is an XML feed: send Accept: application/xml.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the body is not JSON: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the body needs %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SandboxAuthStore</name>
    <message>
        <source>The authorization code was already used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The authorization code is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The authorization code expired (codes live 10 minutes).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SandboxBackend</name>
    <message>
        <source>The built-in sandbox could not listen on 127.0.0.1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox has no app &quot;%1&quot;: the registration change applies to the profile only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SandboxCommandLine</name>
    <message>
        <source>A local, Lofty-compatible OAuth 2.0 and REST API sandbox for testing integrations. It is not Lofty: no real data, no real accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port on 127.0.0.1 (0 = pick a free one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PORT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apps and accounts from a JSON file (see --print-default-config).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access token lifetime in seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip the consent page: authorize at once as this account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACCOUNT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests per minute for every app (default: 100 in Development, 500 in Production), e.g. for benchmarks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the built-in configuration in the format --config reads, and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--port: expected a number from 0 to 65535, got &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--token-lifetime: expected a number of seconds from 1 to 31536000, got &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--rate-limit: expected a positive number of requests per minute, got &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--auto-approve: no account &quot;%1&quot; in the configuration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--config: cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--config: %1: %2</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds between a change and its webhook delivery (0 to 3600).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--webhook-delay: expected a number of seconds from 0 to 3600, got &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SandboxCommunicationRoutes</name>
    <message>
        <source>LIMIT_NOT_VALID: offset must be 0 or more and limit from 1 to 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no communication with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LIMIT_NOT_VALID: limit must be from 1 to 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>content is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subject is required.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SandboxConfig</name>
    <message>
        <source>missing or not a non-empty string</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SandboxConsentPage</name>
    <message>
        <source>This app is %1: only accounts that authorized it before can authorize it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorize %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 wants to access your Lofty data through the APIs granted to it: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorize</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deny</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SandboxFaults</name>
    <message>
        <source>expected a whole number from 0 to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SandboxHttpParser</name>
    <message>
        <source>The request line and header fields exceed %1 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request line must be &quot;METHOD target HTTP/1.1&quot; with single spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request method is not a valid token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only HTTP/1.1 and HTTP/1.0 are supported, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request target must be an absolute path such as /oauth/token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folded header lines (obs-fold) are not accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Malformed header line: expected &quot;Name: value&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header field &quot;%1&quot; contains a control character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer-Encoding (chunked request bodies) is not supported; send Content-Length.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicting Content-Length header fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An HTTP/1.1 request needs exactly one Host header field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content-Length must be a decimal number of bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request body exceeds %1 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SandboxLeadRoutes</name>
    <message>
        <source>LIMIT_NOT_VALID: offset must be 0 or more and limit from 1 to 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scrollId &quot;%1&quot; was not issued by this sandbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>firstName must not be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USER_NOT_EXIST: no team member with user id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the body must be a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>logType must be logCall, logEmail or logText.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manual log</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SandboxListingRoutes</name>
    <message>
        <source>pageNum must be 1 or more and pageSize from 1 to 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type must be LuxVT, AptCom or AllOnMarket.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SandboxOAuthRoutes</name>
    <message>
        <source>Method not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The consent form is submitted with POST.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No app with client id &quot;%1&quot; is registered with the sandbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirect URI not registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a redirect URI registered for %2. Registered: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>response_type is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only response_type=code is supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code_challenge_method was sent without code_challenge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code_challenge_method must be S256 or plain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An S256 code_challenge is 43 base64url characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a public client: PKCE (code_challenge) is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorization request expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This consent form was already submitted or is older than 10 minutes. Start the authorization again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user denied the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No test account &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app is %1: accounts that have not authorized it before cannot authorize it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token endpoint accepts POST only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>grant_type is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>grant_type &quot;%1&quot; is not supported (authorization_code, refresh_token, client_credentials).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client_id in the body differs from the client in the Basic header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client authentication failed: no client_id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client authentication failed: unknown client &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a public client and has no client secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client authentication failed: wrong client secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code was issued to another client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>redirect_uri does not match the one of the authorization request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code_verifier is required (PKCE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PKCE verification failed: code_verifier does not match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client authentication failed: client_secret is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refresh_token is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The refresh token is unknown, expired, revoked or already used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a public client and may not use client_credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customer_key is required for client_credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customer_key does not belong to any account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 requires PKCE (code_challenge) from every client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This token endpoint needs HTTP Basic client authentication (client id and secret).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client_id is required as a parameter as well as in the Basic header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>grant_type &quot;%1&quot; is not supported here (authorization_code, refresh_token).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SandboxPanel</name>
    <message>
        <source>Sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The built-in sandbox&apos;s test accounts, apps and fault switches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Sandbox profile talks to a server inside this console, not to Lofty. Sign in as one of these accounts on its consent page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;customer key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies the selected account&apos;s customer key, for Client Credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy API &amp;key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies the selected account&apos;s API key, sent as &quot;Authorization: token &lt;key&gt;&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests per minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fault switches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added latency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Malformed JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropped connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added &amp;latency (every answer):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next requests answer &amp;500:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next answers with &amp;malformed JSON:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next connections &amp;dropped mid-answer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply faults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset: all faults off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customer key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an account first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied %1&apos;s %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox is not running: open the Sandbox profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The faults were not applied: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms added to every answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the next %n request(s) answer 500</source>
        <translation>
            <numerusform>the next %n request answers 500</numerusform>
            <numerusform>the next %n requests answer 500</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the next %n answer(s) carry malformed JSON</source>
        <translation>
            <numerusform>the next %n answer carries malformed JSON</numerusform>
            <numerusform>the next %n answers carry malformed JSON</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the next %n connection(s) are dropped mid-answer</source>
        <translation>
            <numerusform>the next %n connection is dropped mid-answer</numerusform>
            <numerusform>the next %n connections are dropped mid-answer</numerusform>
        </translation>
    </message>
    <message>
        <source>No faults: the sandbox answers normally.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next connections rese&amp;t (TCP RST) after the headers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the next %n connection(s) are reset after the headers</source>
        <translation>
            <numerusform>the next connection is reset after the headers</numerusform>
            <numerusform>the next %n connections are reset after the headers</numerusform>
        </translation>
    </message>
    <message>
        <source>; </source>
        <comment>between the active faults</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SandboxReply</name>
    <message>
        <source>Invalid parameter: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LEAD_NOT_EXIST: no lead with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RESOURCE_NOT_EXIST: no %1 with id %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SandboxSalesAgentRoutes</name>
    <message>
        <source>LIMIT_NOT_VALID: offset must be 0 or more and limit from 1 to 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leadIds must list at least one lead id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lead %1 is not a working lead of the sales agent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sales agent working lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>startActiveHour must be before endActiveHour, both from 0 to 24.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1-second %2 call; outcome: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is at stage &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book a showing with %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review the lead&apos;s recent calls and notes before the appointment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>task</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SandboxTaskRoutes</name>
    <message>
        <source>task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page must be 1 or more and pageSize from 1 to 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no calendar event with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SandboxTeamFeatureRoutes</name>
    <message>
        <source>attributeName must not be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a custom field named &quot;%1&quot; exists already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no lead pond with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type must be 1, 2 or 4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no routing rule %1 of type %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SandboxTeamRoutes</name>
    <message>
        <source>LIMIT_NOT_VALID: offset must be 0 or more and limit from 1 to 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scrollId &quot;%1&quot; was not issued by this sandbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USER_NOT_EXIST: no team member with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USER_NOT_EXIST: no team member with the account %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name is required to add an office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the body must be a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accountInfo.email is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USER_NOT_EXIST: no agent with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SandboxTransactionRoutes</name>
    <message>
        <source>LIMIT_NOT_VALID: pageNum (0-based) must be 0 or more and pageSize from 1 to 100.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SandboxWebhookRoutes</name>
    <message>
        <source>listId must be a whole number from 1 to 12.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>callbackUrl must be an https:// URL (the sandbox also takes http:// to 127.0.0.1 or localhost).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>limit must be a whole number from 1 to 5000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>permissionMode must be 0 or 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team has %1 webhook subscriptions already, the most the sandbox allows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No webhook subscription with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScopeProbe</name>
    <message>
        <source>Nothing to add.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding %1 in the Developer Portal&apos;s Permissions tab is a breaking change: every user of the app must authorize it again, and their current tokens stop working. For a Production app the change also goes through review (&quot;Update Submitted - Re-authorization Required&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScopesPanel</name>
    <message>
        <source>Scopes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which APIs your app may call: granted, seen in history, probed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which APIs the table lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All APIs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Granted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not granted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by API or group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run probe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run probe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends one safe GET per API, paced by the rate limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel probe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stops the probe; answers so far are kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probe progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%v of %m APIs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>APIs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each API with its group, whether granted, seen and probed, and a verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seen in history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probe cancelled; the answers so far are shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not probed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inconclusive (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No safe GET to probe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Granted but refused: authorize again (tokens predate the grant)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing: your requests need it; grant it in Registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed although not in the registration: update the registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK: granted and working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Granted, not used yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 allowed, %2 refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing missing: every API your requests used is granted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Granted but not used yet: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionController</name>
    <message>
        <source>Profile &quot;%1&quot; could not be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaticTokenProvider</name>
    <message>
        <source>No API key or access token has been entered for this account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API key expired at %1; create a new one in Lofty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The access token expired at %1; paste a new one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TextFindBar</name>
    <message>
        <source>Find in the response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return finds the next match, Shift+Return the previous one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TokenEndpointRequest</name>
    <message>
        <source>No network access manager is available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token endpoint did not answer within %1 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token endpoint could not be reached: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TokenProvider</name>
    <message>
        <source>The server refused this credential, and it cannot be renewed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TokenRefresher</name>
    <message>
        <source>This account has to be authorized again in the browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no refresh token; the account has to be authorized again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refreshing this account needs the app&apos;s client secret, and none is available (it is not in the keychain). Save the client secret, then refresh again; nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TokenResponse</name>
    <message>
        <source>The token endpoint refused the request (HTTP %1): %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token endpoint refused the request (HTTP %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token endpoint answered HTTP %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token endpoint answered HTTP %1 with an empty body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token endpoint&apos;s answer is neither JSON nor a form: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token endpoint&apos;s answer has no access_token: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TokensPanel</name>
    <message>
        <source>Tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorization Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorization Code + PKCE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client Credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pasted token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspect, test, refresh and forget the account&apos;s token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account whose token is shown; it also becomes the current account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Masked unless revealed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reveal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the token in clear (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the token to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as &amp;header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &quot;Authorization: Bearer …&quot; to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Obtained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grant:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Obtained:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifetime left:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fresh now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get a new token now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;orget…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the account and its secrets from the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget this account? Its token and keys are removed from the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the account now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not remove the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decoded JWT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header and payload of the token when it is a JWT; the signature is not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raw token response, masked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account&apos;s secrets could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key (Authorization: token)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bearer access token (token_type &quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does not expire, or not said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: when the token expires the account must be authorized again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a JWT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token is opaque: nothing to decode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not decodable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (as time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s). %1</source>
        <translation>
            <numerusform>%n byte. %1</numerusform>
            <numerusform>%n bytes. %1</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does not work: %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Copied the access token (%n character(s))</source>
        <translation>
            <numerusform>Copied the access token (%n character)</numerusform>
            <numerusform>Copied the access token (%n characters)</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied the Authorization header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorize this account again in the Authorize panel; it keeps its id and label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call the profile&apos;s identity path with this token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Present, %n day(s) old</source>
        <translation>
            <numerusform>Present, %n day old</numerusform>
            <numerusform>Present, %n days old</numerusform>
        </translation>
    </message>
    <message>
        <source>Present; age unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Present; age unknown (the provider keeps refresh tokens %n day(s))</source>
        <translation>
            <numerusform>Present; age unknown (the provider keeps refresh tokens %n day)</numerusform>
            <numerusform>Present; age unknown (the provider keeps refresh tokens %n days)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Present, %n day(s) old; about %1 of %2 days left</source>
        <translation>
            <numerusform>Present, %n day old; about %1 of %2 days left</numerusform>
            <numerusform>Present, %n days old; about %1 of %2 days left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Present but %n day(s) old: past the provider&apos;s %1 days, authorize again</source>
        <translation>
            <numerusform>Present but %n day old: past the provider&apos;s %1 days, authorize again</numerusform>
            <numerusform>Present but %n days old: past the provider&apos;s %1 days, authorize again</numerusform>
        </translation>
    </message>
    <message>
        <source>Refreshed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The refresh failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing with GET %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Works: GET %1 answered %2 in %3 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-authori&amp;ze…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WebhookConnection</name>
    <message>
        <source>The client sent no complete delivery within %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WebhookDelivery</name>
    <message>
        <source>1 Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 Lead Info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 Lead Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4 Listing Alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5 Transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6 Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>7 Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>8 Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>9 Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10 Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>11 Appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>12 Pipeline Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WebhookDeliveryParser</name>
    <message>
        <source>A webhook delivery is a POST, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The delivery has no body; Lofty posts a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The delivery&apos;s body is not JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WebhookForward</name>
    <message>
        <source>&quot;%1&quot; is not a URL such as http://127.0.0.1:8080/webhook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliveries are forwarded over http or https, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliveries are forwarded to this computer only (127.0.0.1, ::1 or localhost), not to &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer from %1 within %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered HTTP %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WebhookHistory</name>
    <message>
        <source>Cannot read the webhook history %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder of the webhook history %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the webhook history %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot rewrite the webhook history %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot clear the webhook history %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WebhookReceiver</name>
    <message>
        <source>Cannot listen on 127.0.0.1:%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WebhookSubscription</name>
    <message>
        <source>The event list must be a number from 1 to 12.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The callback must be a full URL such as https://hooks.example.com/lofty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The callback must be https://, or http:// to 127.0.0.1 or localhost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lofty takes https:// callbacks only; point a tunnel you run at the local receiver and give its https:// address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lofty&apos;s servers cannot reach %1 on your computer; give your tunnel&apos;s public https:// address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The limit must be from 1 to 5000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The permission mode must be 0 or 1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WebhooksPanel</name>
    <message>
        <source>Refused a delivery (HTTP %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscriptions of the selected account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://your-tunnel.example/lofty/webhook/2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the local receiver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event list:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callback URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permission mode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscribe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local receiver (binds 127.0.0.1 only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any free port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>http://127.0.0.1:3000/webhook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward each delivery as it arrives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliveries (kept in the webhook history, secrets masked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch the lead&apos;s activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replay to URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox: subscribe with the local receiver&apos;s http://127.0.0.1 URL; the sandbox delivers its events there a few seconds after data changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lofty delivers only to a public https:// callback. Run a tunnel of your choice that forwards a public HTTPS address to the receiver&apos;s port, and subscribe with that address. The console itself never listens beyond 127.0.0.1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a profile and an account first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n subscription(s).</source>
        <translation>
            <numerusform>%n subscription.</numerusform>
            <numerusform>%n subscriptions.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the subscription to delete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop receiver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start receiver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listening on %1 (127.0.0.1 only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a delivery to replay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posting to %1 …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered HTTP %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replay URL</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lofty-sandbox</name>
    <message>
        <source>Lofty Sandbox (not the real Lofty) is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apps:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Ctrl+C to stop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot listen on 127.0.0.1:%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: cannot handle SIGINT/SIGTERM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Admin API key:   </source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
