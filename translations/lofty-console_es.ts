<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About %1</source>
        <translation>Acerca de %1</translation>
    </message>
    <message>
        <source>Application icon</source>
        <translation>Icono de la aplicación</translation>
    </message>
    <message>
        <source>Lofty Developer Console</source>
        <translation>Consola para desarrolladores de Lofty</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Licencias</translation>
    </message>
    <message>
        <source>Version %1, built with Qt %2, running on Qt %3</source>
        <translation>Versión %1, compilada con Qt %2, en ejecución con Qt %3</translation>
    </message>
    <message>
        <source>MIT License. Lofty is a trademark of its owner; this console is not made by Lofty.</source>
        <translation>Licencia MIT. Lofty es una marca de su propietario; esta consola no está hecha por Lofty.</translation>
    </message>
    <message>
        <source>Qt %1</source>
        <translation>Qt %1</translation>
    </message>
    <message>
        <source>GNU Lesser General Public License v3 (LGPLv3), linked dynamically.</source>
        <translation>Licencia Pública General Reducida de GNU v3 (LGPLv3), enlazada dinámicamente.</translation>
    </message>
    <message>
        <source>qtkeychain</source>
        <translation>qtkeychain</translation>
    </message>
    <message>
        <source>BSD 3-Clause License (BSD-3-Clause).</source>
        <translation>Licencia BSD de 3 cláusulas (BSD-3-Clause).</translation>
    </message>
</context>
<context>
    <name>Account</name>
    <message>
        <source>This credential cannot be refreshed: API keys and pasted tokens without a refresh token stay as they are until they expire.</source>
        <translation>Esta credencial no se puede renovar: las claves de API y los tokens pegados sin token de actualización se mantienen tal cual hasta que caducan.</translation>
    </message>
</context>
<context>
    <name>AccountRegistry</name>
    <message>
        <source>the account&apos;s token</source>
        <translation>el token de la cuenta</translation>
    </message>
    <message>
        <source>No token is stored for this account: authorize it again.</source>
        <translation>No hay ningún token guardado para esta cuenta: vuelva a autorizarla.</translation>
    </message>
    <message>
        <source>The stored token could not be read: authorize the account again.</source>
        <translation>No se pudo leer el token guardado: vuelva a autorizar la cuenta.</translation>
    </message>
    <message>
        <source>The account&apos;s state could not be saved: %1</source>
        <translation>No se pudo guardar el estado de la cuenta: %1</translation>
    </message>
    <message>
        <source>the account&apos;s key</source>
        <translation>la clave de la cuenta</translation>
    </message>
    <message>
        <source>The new account could not be saved: %1</source>
        <translation>No se pudo guardar la cuenta nueva: %1</translation>
    </message>
    <message>
        <source>the account&apos;s secrets</source>
        <translation>los secretos de la cuenta</translation>
    </message>
</context>
<context>
    <name>AccountStatus</name>
    <message>
        <source>Valid</source>
        <translation>Válida</translation>
    </message>
    <message>
        <source>Expiring</source>
        <translation>Caduca pronto</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Caducada</translation>
    </message>
    <message>
        <source>Needs re-authorization</source>
        <translation>Necesita nueva autorización</translation>
    </message>
    <message>
        <source>Unverified</source>
        <translation>Sin verificar</translation>
    </message>
    <message>
        <source>The token does not say when it expires.</source>
        <translation>El token no indica cuándo caduca.</translation>
    </message>
    <message numerus="yes">
        <source>The access token is valid for %n more minute(s).</source>
        <translation>
            <numerusform>El token de acceso es válido durante %n minuto más.</numerusform>
            <numerusform>El token de acceso es válido durante %n minutos más.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The access token expires in %n second(s); it is renewed before the next request.</source>
        <translation>
            <numerusform>El token de acceso caduca en %n segundo; se renovará antes de la próxima solicitud.</numerusform>
            <numerusform>El token de acceso caduca en %n segundos; se renovará antes de la próxima solicitud.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The access token expires in %n second(s) and cannot be renewed: authorize the account again soon.</source>
        <translation>
            <numerusform>El token de acceso caduca en %n segundo y no se puede renovar: vuelva a autorizar la cuenta pronto.</numerusform>
            <numerusform>El token de acceso caduca en %n segundos y no se puede renovar: vuelva a autorizar la cuenta pronto.</numerusform>
        </translation>
    </message>
    <message>
        <source>The access token has expired; it is renewed on the next request.</source>
        <translation>El token de acceso ha caducado; se renovará en la próxima solicitud.</translation>
    </message>
    <message>
        <source>The access token has expired and cannot be renewed: authorize the account again.</source>
        <translation>El token de acceso ha caducado y no se puede renovar: vuelva a autorizar la cuenta.</translation>
    </message>
    <message>
        <source>The server refused this account&apos;s credentials (%1). Refreshing cannot help: re-authorize the account.</source>
        <translation>El servidor rechazó las credenciales de esta cuenta (%1). Renovarlas no servirá de nada: vuelva a autorizar la cuenta.</translation>
    </message>
    <message>
        <source>The API key could not be checked with the identity call; requests may be refused.</source>
        <translation>No se pudo comprobar la clave de API con la llamada de identidad; puede que se rechacen las solicitudes.</translation>
    </message>
    <message>
        <source>the server refused the token</source>
        <translation>el servidor rechazó el token</translation>
    </message>
</context>
<context>
    <name>AccountSwitcher</name>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>The account whose credentials requests are sent with</source>
        <translation>La cuenta con cuyas credenciales se envían las solicitudes</translation>
    </message>
    <message>
        <source>No account</source>
        <translation>Sin cuenta</translation>
    </message>
    <message>
        <source>No account yet: authorize one</source>
        <translation>Aún no hay ninguna cuenta: autorice una</translation>
    </message>
</context>
<context>
    <name>ApiReply</name>
    <message>
        <source>&quot;%1&quot; is not an absolute http(s) URL.</source>
        <translation>&quot;%1&quot; no es una URL http(s) absoluta.</translation>
    </message>
    <message>
        <source>The account was removed.</source>
        <translation>La cuenta se ha eliminado.</translation>
    </message>
    <message>
        <source>The account&apos;s credentials are only sent to %1, and %2 is another host. Set the profile&apos;s API base URL to call it with this account.</source>
        <translation>Las credenciales de la cuenta solo se envían a %1, y %2 es otro host. Configure la URL base de la API del perfil para llamarlo con esta cuenta.</translation>
    </message>
    <message>
        <source>No network access manager is available.</source>
        <translation>No hay ningún gestor de acceso a la red disponible.</translation>
    </message>
</context>
<context>
    <name>AppLifecycle</name>
    <message>
        <source>The app is under review: its edit controls are locked until the review ends. Cancel the pending edit to change it.</source>
        <translation>La app está en revisión: sus controles de edición están bloqueados hasta que termine la revisión. Cancele la edición pendiente para modificarla.</translation>
    </message>
    <message>
        <source>The app is already under review.</source>
        <translation>La app ya está en revisión.</translation>
    </message>
    <message>
        <source>A Production app is submitted by editing it: the edit goes to review.</source>
        <translation>Una app en Producción se envía a revisión editándola: la edición pasa a revisión.</translation>
    </message>
    <message>
        <source>There is no pending edit to cancel.</source>
        <translation>No hay ninguna edición pendiente que cancelar.</translation>
    </message>
    <message>
        <source>Only an app under review can be published.</source>
        <translation>Solo se puede publicar una app que esté en revisión.</translation>
    </message>
    <message>
        <source>Only an app under review can be declined.</source>
        <translation>Solo se puede rechazar una app que esté en revisión.</translation>
    </message>
    <message>
        <source>A declined review needs its reason (Lofty sends it by e-mail).</source>
        <translation>Una revisión rechazada necesita su motivo (Lofty lo envía por correo electrónico).</translation>
    </message>
</context>
<context>
    <name>AppRegistration</name>
    <message>
        <source>Development</source>
        <translation>Desarrollo</translation>
    </message>
    <message>
        <source>Under Review</source>
        <translation>En revisión</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Producción</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Rechazada</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>Lofty Developer Console</source>
        <translation>Consola para desarrolladores de Lofty</translation>
    </message>
    <message>
        <source>Register, authorize, inspect tokens and call the Lofty CRM API.</source>
        <translation>Registre su app, autorice cuentas, inspeccione tokens y llame a la API de Lofty CRM.</translation>
    </message>
    <message>
        <source>Open the console on the profile &lt;name&gt; (e.g. Sandbox or Lofty).</source>
        <translation>Abre la consola con el perfil &lt;nombre&gt; (p. ej., Sandbox o Lofty).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>There is no profile &quot;%1&quot;. Profiles: %2.</source>
        <translation>No existe el perfil «%1». Perfiles: %2.</translation>
    </message>
    <message>
        <source>Cannot open profile &quot;%1&quot;: %2</source>
        <translation>No se puede abrir el perfil «%1»: %2</translation>
    </message>
</context>
<context>
    <name>AuthorizationCodeFlow</name>
    <message>
        <source>Authorization code</source>
        <translation>Código de autorización</translation>
    </message>
    <message>
        <source>Client %1, %2</source>
        <translation>Cliente %1, %2</translation>
    </message>
    <message>
        <source>The profile needs an authorize URL, a token URL and a client id.</source>
        <translation>El perfil necesita una URL de autorización, una URL de token y un ID de cliente.</translation>
    </message>
    <message>
        <source>PKCE verifier and challenge made</source>
        <translation>Verificador y desafío PKCE generados</translation>
    </message>
    <message>
        <source>verifier %1, challenge %2 (%3)</source>
        <translation>verificador %1, desafío %2 (%3)</translation>
    </message>
    <message>
        <source>Listener failed</source>
        <translation>Fallo del receptor</translation>
    </message>
    <message>
        <source>The Lofty Developer Console received the answer. You can close this tab.</source>
        <translation>Lofty Developer Console recibió la respuesta. Puede cerrar esta pestaña.</translation>
    </message>
    <message>
        <source>Listening on 127.0.0.1:%1</source>
        <translation>Escuchando en 127.0.0.1:%1</translation>
    </message>
    <message>
        <source>Redirect URI %1</source>
        <translation>URI de redirección %1</translation>
    </message>
    <message>
        <source>Browser opened</source>
        <translation>Navegador abierto</translation>
    </message>
    <message>
        <source>Authorize URL %1</source>
        <translation>URL de autorización %1</translation>
    </message>
    <message>
        <source>Callback received</source>
        <translation>Callback recibido</translation>
    </message>
    <message>
        <source>Parameters: %1</source>
        <translation>Parámetros: %1</translation>
    </message>
    <message>
        <source>State checked</source>
        <translation>State comprobado</translation>
    </message>
    <message>
        <source>The state matches this attempt.</source>
        <translation>El state coincide con este intento.</translation>
    </message>
    <message>
        <source>HTTP Basic</source>
        <translation>HTTP Basic</translation>
    </message>
    <message>
        <source>secret in the body</source>
        <translation>secreto en el cuerpo</translation>
    </message>
    <message>
        <source>Token requested</source>
        <translation>Token solicitado</translation>
    </message>
    <message>
        <source>POST %1 with grant_type=authorization_code, code %2%3; client authentication: %4</source>
        <translation>POST %1 con grant_type=authorization_code, código %2%3; autenticación del cliente: %4</translation>
    </message>
    <message>
        <source>, code_verifier</source>
        <translation>, code_verifier</translation>
    </message>
    <message>
        <source>The provider answered error=%1.</source>
        <translation>El proveedor respondió error=%1.</translation>
    </message>
    <message>
        <source>The provider answered error=%1: %2</source>
        <translation>El proveedor respondió error=%1: %2</translation>
    </message>
    <message>
        <source>The callback has no authorization code.</source>
        <translation>El callback no tiene código de autorización.</translation>
    </message>
    <message>
        <source>The Lofty Developer Console refused this answer: %1</source>
        <translation>Lofty Developer Console rechazó esta respuesta: %1</translation>
    </message>
    <message>
        <source>Callback refused</source>
        <translation>Callback rechazado</translation>
    </message>
    <message>
        <source>The token endpoint could not be reached: %1</source>
        <translation>No se pudo contactar con el endpoint de token: %1</translation>
    </message>
    <message>
        <source>Token refused</source>
        <translation>Token rechazado</translation>
    </message>
    <message>
        <source>Token received</source>
        <translation>Token recibido</translation>
    </message>
    <message>
        <source>Access token %1, refresh token %2, expires %3</source>
        <translation>Token de acceso %1, token de actualización %2, caduca %3</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>No answer from the browser within %1 seconds; the attempt was abandoned.</source>
        <translation>Sin respuesta del navegador en %1 segundos; se abandonó el intento.</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>Tiempo agotado</translation>
    </message>
    <message>
        <source>Listener closed</source>
        <translation>Receptor cerrado</translation>
    </message>
    <message>
        <source>127.0.0.1:%1</source>
        <translation>127.0.0.1:%1</translation>
    </message>
    <message>
        <source>The redirect host must be 127.0.0.1 or localhost, not &quot;%1&quot;.</source>
        <translation>El host de redirección debe ser 127.0.0.1 o localhost, no &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Could not listen on 127.0.0.1:%1 (%2); the port may be in use.</source>
        <translation>No se pudo escuchar en 127.0.0.1:%1 (%2); puede que el puerto esté en uso.</translation>
    </message>
    <message>
        <source>Request refused</source>
        <translation>Solicitud rechazada</translation>
    </message>
    <message>
        <source>The Lofty Developer Console did not accept this answer: %1</source>
        <translation>Lofty Developer Console no aceptó esta respuesta: %1</translation>
    </message>
    <message>
        <source>A second callback arrived for this attempt; it was refused and ignored.</source>
        <translation>Llegó un segundo callback para este intento; se rechazó y se ignoró.</translation>
    </message>
    <message>
        <source>A callback without a state parameter was refused and ignored.</source>
        <translation>Se rechazó y se ignoró un callback sin parámetro state.</translation>
    </message>
    <message>
        <source>A callback whose state does not match this attempt was refused and ignored.</source>
        <translation>Se rechazó y se ignoró un callback cuyo state no coincide con este intento.</translation>
    </message>
    <message>
        <source>The callback comes from issuer &quot;%1&quot;, not from &quot;%2&quot; (RFC 9207); the code was not used.</source>
        <translation>El callback procede del emisor &quot;%1&quot;, no de &quot;%2&quot; (RFC 9207); no se usó el código.</translation>
    </message>
    <message>
        <source>The state matches this attempt; issuer %1.</source>
        <translation>El state coincide con este intento; emisor %1.</translation>
    </message>
    <message>
        <source>public client, no secret</source>
        <translation>cliente público, sin secreto</translation>
    </message>
</context>
<context>
    <name>AuthorizationService</name>
    <message>
        <source>The Authorization Code grant needs the app&apos;s client secret. Enter it in Registration, or use Authorization Code + PKCE.</source>
        <translation>La concesión de código de autorización necesita el secreto de cliente de la app. Introdúzcalo en Registro o use Código de autorización + PKCE.</translation>
    </message>
    <message>
        <source>Account &quot;%1&quot; is authorized again.</source>
        <translation>La cuenta &quot;%1&quot; se ha vuelto a autorizar.</translation>
    </message>
    <message>
        <source>Account &quot;%1&quot; is authorized.</source>
        <translation>La cuenta &quot;%1&quot; está autorizada.</translation>
    </message>
</context>
<context>
    <name>AuthorizePanel</name>
    <message>
        <source>Authorize</source>
        <translation>Autorizar</translation>
    </message>
    <message>
        <source>Authorize a test account with any grant and watch each step</source>
        <translation>Autorice una cuenta de prueba con cualquier concesión y observe cada paso</translation>
    </message>
    <message>
        <source>Grant</source>
        <translation>Concesión</translation>
    </message>
    <message>
        <source>How the account is authorized</source>
        <translation>Cómo se autoriza la cuenta</translation>
    </message>
    <message>
        <source>Authorization Code + PKCE (no secret)</source>
        <translation>Código de autorización + PKCE (sin secreto)</translation>
    </message>
    <message>
        <source>Authorization Code (client secret)</source>
        <translation>Código de autorización (secreto de cliente)</translation>
    </message>
    <message>
        <source>Client Credentials + customer key</source>
        <translation>Credenciales de cliente + clave de cliente</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clave de API</translation>
    </message>
    <message>
        <source>Paste an access token</source>
        <translation>Pegar un token de acceso</translation>
    </message>
    <message>
        <source>e.g. alice (test)</source>
        <translation>p. ej., alice (prueba)</translation>
    </message>
    <message>
        <source>Account label</source>
        <translation>Etiqueta de la cuenta</translation>
    </message>
    <message>
        <source>The name the new account gets in this console</source>
        <translation>El nombre que recibe la nueva cuenta en esta consola</translation>
    </message>
    <message>
        <source>Redirect URI</source>
        <translation>URI de redirección</translation>
    </message>
    <message>
        <source>Exactly what the console&apos;s listener receives; register it in the portal</source>
        <translation>Exactamente lo que recibe el receptor de la consola; regístrelo en el portal</translation>
    </message>
    <message>
        <source>Customer key</source>
        <translation>Clave de cliente</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Token de acceso</translation>
    </message>
    <message>
        <source>An access token to use as it is</source>
        <translation>Un token de acceso para usarlo tal cual</translation>
    </message>
    <message>
        <source>Refresh token (optional)</source>
        <translation>Token de actualización (opcional)</translation>
    </message>
    <message>
        <source>A refresh token that goes with the pasted access token</source>
        <translation>Un token de actualización que acompaña al token de acceso pegado</translation>
    </message>
    <message>
        <source>&amp;Grant:</source>
        <translation>&amp;Concesión:</translation>
    </message>
    <message>
        <source>Account &amp;label:</source>
        <translation>&amp;Etiqueta de la cuenta:</translation>
    </message>
    <message>
        <source>Redirect &amp;URI:</source>
        <translation>&amp;URI de redirección:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>Clave de &amp;API:</translation>
    </message>
    <message>
        <source>Access &amp;token:</source>
        <translation>&amp;Token de acceso:</translation>
    </message>
    <message>
        <source>Re&amp;fresh token:</source>
        <translation>Token de actuali&amp;zación:</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Iniciar</translation>
    </message>
    <message>
        <source>Start authorization</source>
        <translation>Iniciar autorización</translation>
    </message>
    <message>
        <source>Opens the system browser on the authorize page (Ctrl+Return)</source>
        <translation>Abre el navegador del sistema en la página de autorización (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel authorization</source>
        <translation>Cancelar autorización</translation>
    </message>
    <message>
        <source>Stops the attempt and closes the listener (Esc)</source>
        <translation>Detiene el intento y cierra el receptor (Esc)</translation>
    </message>
    <message>
        <source>Copy authorize URL</source>
        <translation>Copiar URL de autorización</translation>
    </message>
    <message>
        <source>For a browser other than the system one</source>
        <translation>Para un navegador distinto del del sistema</translation>
    </message>
    <message>
        <source>No attempt yet.</source>
        <translation>Aún no hay ningún intento.</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Veredicto</translation>
    </message>
    <message>
        <source>The browser asks the user to consent; a PKCE verifier protects the code. No client secret is used.</source>
        <translation>El navegador pide al usuario su consentimiento; un verificador PKCE protege el código. No se usa ningún secreto de cliente.</translation>
    </message>
    <message>
        <source>The browser asks the user to consent; the code is exchanged with the client secret from Registration.</source>
        <translation>El navegador pide al usuario su consentimiento; el código se intercambia con el secreto de cliente de Registro.</translation>
    </message>
    <message>
        <source>No browser: the client secret and the user&apos;s customer key are exchanged for a token.</source>
        <translation>Sin navegador: el secreto de cliente y la clave de cliente del usuario se intercambian por un token.</translation>
    </message>
    <message>
        <source>The key is sent as &quot;Authorization: token &lt;key&gt;&quot;; it does not expire.</source>
        <translation>La clave se envía como &quot;Authorization: token &lt;clave&gt;&quot;; no caduca.</translation>
    </message>
    <message>
        <source>The token is used as it is; without a refresh token it cannot be renewed.</source>
        <translation>El token se usa tal cual; sin un token de actualización no se puede renovar.</translation>
    </message>
    <message>
        <source>No profile is active.</source>
        <translation>No hay ningún perfil activo.</translation>
    </message>
    <message>
        <source>An attempt is already running: cancel it first.</source>
        <translation>Ya hay un intento en curso: cancélelo primero.</translation>
    </message>
    <message>
        <source>Authorizing…</source>
        <translation>Autorizando…</translation>
    </message>
    <message>
        <source>Authorized: %1. %2</source>
        <translation>Autorización completada: %1. %2</translation>
    </message>
    <message>
        <source>Not authorized: %1</source>
        <translation>Sin autorización: %1</translation>
    </message>
    <message>
        <source>kept in the keychain</source>
        <translation>se guarda en el llavero</translation>
    </message>
    <message>
        <source>kept in memory for this run only: the keychain is unavailable</source>
        <translation>se guarda en memoria solo durante esta ejecución: el llavero no está disponible</translation>
    </message>
    <message>
        <source>The target user&apos;s API key, sent as customer_key; %1</source>
        <translation>La clave de API del usuario de destino, enviada como customer_key; %1</translation>
    </message>
    <message>
        <source>A Lofty API key; %1</source>
        <translation>Una clave de API de Lofty; %1</translation>
    </message>
    <message>
        <source>&amp;Customer key:</source>
        <translation>Clave de c&amp;liente:</translation>
    </message>
    <message>
        <source>Cop&amp;y authorize URL</source>
        <translation>C&amp;opiar URL de autorización</translation>
    </message>
    <message>
        <source>Start here</source>
        <translation>Empiece aquí</translation>
    </message>
    <message>
        <source>&lt;b&gt;Start here.&lt;/b&gt; 1. Authorize a test account below (on the Sandbox profile: Authorization Code + PKCE, then sign in as alice). 2. Send your first request.</source>
        <translation>&lt;b&gt;Empiece aquí.&lt;/b&gt; 1. Autorice una cuenta de prueba a continuación (en el perfil Sandbox: Código de autorización + PKCE y, después, inicie sesión como alice). 2. Envíe su primera solicitud.</translation>
    </message>
    <message>
        <source>Send your first &amp;request →</source>
        <translation>Envíe su primera &amp;solicitud →</translation>
    </message>
    <message>
        <source>Opens the Requests panel (Ctrl+5)</source>
        <translation>Abre el panel Solicitudes (Ctrl+5)</translation>
    </message>
    <message>
        <source>See the sandbox&apos;s test acc&amp;ounts →</source>
        <translation>Ver las cuentas de p&amp;rueba del sandbox →</translation>
    </message>
    <message>
        <source>Opens the Sandbox page with the accounts, their keys and the fault switches</source>
        <translation>Abre la página Sandbox con las cuentas, sus claves y los interruptores de fallos</translation>
    </message>
    <message>
        <source>Re-authorizing &quot;%1&quot;: Start renews this account; it keeps its id and label.</source>
        <translation>Volviendo a autorizar &quot;%1&quot;: Iniciar renueva esta cuenta; conserva su ID y su etiqueta.</translation>
    </message>
</context>
<context>
    <name>CatalogDiff</name>
    <message>
        <source>No operation added, removed or changed</source>
        <translation>No se añadió, eliminó ni modificó ninguna operación</translation>
    </message>
    <message>
        <source>%1 added, %2 removed, %3 changed</source>
        <translation>%1 añadidas, %2 eliminadas, %3 modificadas</translation>
    </message>
</context>
<context>
    <name>CatalogUpdate</name>
    <message>
        <source>The document describes no operation.</source>
        <translation>El documento no describe ninguna operación.</translation>
    </message>
</context>
<context>
    <name>CatalogUpdateDialog</name>
    <message>
        <source>Update API Catalog</source>
        <translation>Actualizar el catálogo de API</translation>
    </message>
    <message>
        <source>Reads an OpenAPI document and keeps it as the profile&apos;s catalog</source>
        <translation>Lee un documento OpenAPI y lo conserva como catálogo del perfil</translation>
    </message>
    <message>
        <source>An OpenAPI 3.0/3.1 JSON file, or an http(s) URL</source>
        <translation>Un archivo JSON OpenAPI 3.0/3.1 o una URL http(s)</translation>
    </message>
    <message>
        <source>OpenAPI document</source>
        <translation>Documento OpenAPI</translation>
    </message>
    <message>
        <source>For Lofty: https://developer.lofty.com/openapi/openapi.json; any API&apos;s document works</source>
        <translation>Para Lofty: https://developer.lofty.com/openapi/openapi.json; sirve el documento de cualquier API</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>&amp;Read</source>
        <translation>&amp;Leer</translation>
    </message>
    <message>
        <source>Reads the document and shows what it would change</source>
        <translation>Lee el documento y muestra lo que cambiaría</translation>
    </message>
    <message>
        <source>What the document changes</source>
        <translation>Lo que cambia el documento</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Operación</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Aplicar</translation>
    </message>
    <message>
        <source>Keeps the document&apos;s catalog for this profile</source>
        <translation>Conserva el catálogo del documento para este perfil</translation>
    </message>
    <message>
        <source>Reset to &amp;Built-in</source>
        <translation>Volver al catálogo &amp;integrado</translation>
    </message>
    <message>
        <source>Forgets the imported catalog; the console&apos;s own is used</source>
        <translation>Olvida el catálogo importado; se usa el propio de la consola</translation>
    </message>
    <message>
        <source>OpenAPI Document</source>
        <translation>Documento OpenAPI</translation>
    </message>
    <message>
        <source>OpenAPI documents (*.json);;All files (*)</source>
        <translation>Documentos OpenAPI (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB.</source>
        <translation>%1 ocupa más de %2 MB.</translation>
    </message>
    <message>
        <source>Downloading %1…</source>
        <translation>Descargando %1…</translation>
    </message>
    <message>
        <source>The download of %1 was cancelled.</source>
        <translation>Se canceló la descarga de %1.</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 s.</source>
        <translation>%1 no respondió en %2 s.</translation>
    </message>
    <message>
        <source>%1 could not be downloaded (HTTP %2): %3</source>
        <translation>No se pudo descargar %1 (HTTP %2): %3</translation>
    </message>
    <message>
        <source>The document cannot be used: %1</source>
        <translation>No se puede usar el documento: %1</translation>
    </message>
    <message>
        <source>The document&apos;s operations (%1) are the ones in use; Apply would change nothing.</source>
        <translation>Las operaciones del documento (%1) son las que ya se usan; Aplicar no cambiaría nada.</translation>
    </message>
    <message>
        <source>Operations in the document: %1 (%2). Apply keeps them for this profile.</source>
        <translation>Operaciones del documento: %1 (%2). Aplicar las conserva para este perfil.</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Añadida</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Eliminada</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modificada</translation>
    </message>
    <message>
        <source>The catalog was not changed.</source>
        <translation>El catálogo no se ha modificado.</translation>
    </message>
    <message>
        <source>Another profile was opened since the document was read; read it again.</source>
        <translation>Se abrió otro perfil después de leer el documento; vuelva a leerlo.</translation>
    </message>
    <message>
        <source>This profile now uses the document&apos;s catalog (operations: %1).</source>
        <translation>Este perfil usa ahora el catálogo del documento (operaciones: %1).</translation>
    </message>
    <message>
        <source>This profile uses the built-in catalog again.</source>
        <translation>Este perfil vuelve a usar el catálogo integrado.</translation>
    </message>
    <message>
        <source>This profile uses an imported catalog (operations: %1).</source>
        <translation>Este perfil usa un catálogo importado (operaciones: %1).</translation>
    </message>
    <message>
        <source>This profile uses the built-in catalog (operations: %1).</source>
        <translation>Este perfil usa el catálogo integrado (operaciones: %1).</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Reading the document was cancelled.</source>
        <translation>Se canceló la lectura del documento.</translation>
    </message>
    <message>
        <source>Reading the document (%1 KB)…</source>
        <translation>Leyendo el documento (%1 KB)…</translation>
    </message>
</context>
<context>
    <name>CliAccountResolver</name>
    <message>
        <source>The profile &quot;%1&quot; has no account &quot;%2&quot;. Accounts: %3.</source>
        <translation>El perfil &quot;%1&quot; no tiene ninguna cuenta &quot;%2&quot;. Cuentas: %3.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names several accounts of &quot;%2&quot;; use an id: %3.</source>
        <translation>&quot;%1&quot; designa varias cuentas de &quot;%2&quot;; use un ID: %3.</translation>
    </message>
</context>
<context>
    <name>CliAccountsCommand</name>
    <message>
        <source>List the accounts authorized under a profile.</source>
        <translation>Lista las cuentas autorizadas en un perfil.</translation>
    </message>
    <message>
        <source>The action (only list).</source>
        <translation>La acción (solo list).</translation>
    </message>
    <message>
        <source>Unknown action &quot;%1&quot;.</source>
        <translation>Acción desconocida &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>ACCOUNT</source>
        <translation>CUENTA</translation>
    </message>
    <message>
        <source>GRANT</source>
        <translation>CONCESIÓN</translation>
    </message>
    <message>
        <source>E-MAIL</source>
        <translation>CORREO</translation>
    </message>
    <message>
        <source>AUTHORIZED</source>
        <translation>AUTORIZADA</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>ESTADO</translation>
    </message>
</context>
<context>
    <name>CliAllPages</name>
    <message>
        <source>%1 %2 does not page: the catalog documents no scrollId, currentId, offset/limit or page/pageSize parameter for it.</source>
        <translation>%1 %2 no se pagina: el catálogo no documenta ningún parámetro scrollId, currentId, offset/limit ni page/pageSize para esta operación.</translation>
    </message>
    <message>
        <source>Fetching every page (%1)...</source>
        <translation>Obteniendo todas las páginas (%1)...</translation>
    </message>
    <message>
        <source>Page %1: %2 items so far</source>
        <translation>Página %1: %2 elementos hasta ahora</translation>
    </message>
    <message>
        <source>Fetching the pages did not finish in time.</source>
        <translation>La obtención de las páginas no terminó a tiempo.</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s), %1 items, %2 ms</source>
        <translation>
            <numerusform>%n página, %1 elementos, %2 ms</numerusform>
            <numerusform>%n páginas, %1 elementos, %2 ms</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CliAuthorizeCommand</name>
    <message>
        <source>Authorize a new account (browser, client credentials, API key or token).</source>
        <translation>Autoriza una cuenta nueva (navegador, credenciales de cliente, clave de API o token).</translation>
    </message>
    <message>
        <source>code, pkce (default), client-credentials, api-key or token.</source>
        <translation>code, pkce (predeterminado), client-credentials, api-key o token.</translation>
    </message>
    <message>
        <source>grant</source>
        <translation>concesión</translation>
    </message>
    <message>
        <source>The new account&apos;s label.</source>
        <translation>La etiqueta de la cuenta nueva.</translation>
    </message>
    <message>
        <source>label</source>
        <translation>etiqueta</translation>
    </message>
    <message>
        <source>Loopback listener port for the browser grants (default: the profile&apos;s, else any free port).</source>
        <translation>Puerto del receptor loopback para las concesiones con navegador (predeterminado: el del perfil; si no, cualquier puerto libre).</translation>
    </message>
    <message>
        <source>port</source>
        <translation>puerto</translation>
    </message>
    <message>
        <source>Only print the authorize URL; do not open a browser.</source>
        <translation>Solo imprime la URL de autorización; no abre ningún navegador.</translation>
    </message>
    <message>
        <source>Give up after this many seconds (default %1).</source>
        <translation>Desiste tras esta cantidad de segundos (predeterminado: %1).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>segundos</translation>
    </message>
    <message>
        <source>Save a client secret that was typed or taken from LOFTY_CLIENT_SECRET in the keychain.</source>
        <translation>Guarda en el llavero un secreto de cliente escrito u obtenido de LOFTY_CLIENT_SECRET.</translation>
    </message>
    <message>
        <source>Print every step (secrets masked).</source>
        <translation>Imprime cada paso (con los secretos enmascarados).</translation>
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
        <translation>Los secretos nunca son argumentos. Se obtienen del llavero o del entorno, o se piden sin eco
(o se lee una línea de stdin cuando no es un terminal):
  code, client-credentials   secreto de cliente: llavero; si no, LOFTY_CLIENT_SECRET; si no, se pide
  client-credentials         clave de cliente: LOFTY_CUSTOMER_KEY; si no, se pide
  api-key                    LOFTY_API_KEY; si no, se pide
  token                      LOFTY_ACCESS_TOKEN (+ LOFTY_REFRESH_TOKEN); si no, se pide
Las concesiones con navegador imprimen la URL de autorización en stderr, abren $BROWSER (o xdg-open
si hay pantalla) y esperan en el receptor loopback. El ID de la cuenta nueva va a stdout.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;; secrets are never arguments.</source>
        <translation>Argumento inesperado &quot;%1&quot;; los secretos nunca son argumentos.</translation>
    </message>
    <message>
        <source>Unknown grant &quot;%1&quot;.</source>
        <translation>Concesión desconocida &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--port needs a number from 1 to 65535.</source>
        <translation>--port necesita un número de 1 a 65535.</translation>
    </message>
    <message>
        <source>Using %1 from the environment.</source>
        <translation>Usando %1 del entorno.</translation>
    </message>
    <message>
        <source>No value: set %1 or type it at the prompt.</source>
        <translation>Sin valor: defina %1 o escríbalo cuando se le pida.</translation>
    </message>
    <message>
        <source>Customer key (the user&apos;s API key): </source>
        <translation>Clave de cliente (la clave de API del usuario): </translation>
    </message>
    <message>
        <source>API key: </source>
        <translation>Clave de API: </translation>
    </message>
    <message>
        <source>Access token: </source>
        <translation>Token de acceso: </translation>
    </message>
    <message>
        <source>The keychain is unavailable: %1</source>
        <translation>El llavero no está disponible: %1</translation>
    </message>
    <message>
        <source>Client secret of %1: </source>
        <translation>Secreto de cliente de %1: </translation>
    </message>
    <message>
        <source>This grant needs the app&apos;s client secret: save it in the console, set LOFTY_CLIENT_SECRET, or type it at the prompt.</source>
        <translation>Esta concesión necesita el secreto de cliente de la aplicación: guárdelo en la consola, defina LOFTY_CLIENT_SECRET o escríbalo cuando se le pida.</translation>
    </message>
    <message>
        <source>Open this URL in a browser to authorize:</source>
        <translation>Abra esta URL en un navegador para autorizar:</translation>
    </message>
    <message>
        <source>Opened the browser.</source>
        <translation>Se abrió el navegador.</translation>
    </message>
    <message numerus="yes">
        <source>Waiting for the browser to come back (at most %n second(s))...</source>
        <translation>
            <numerusform>Esperando a que vuelva el navegador (como máximo %n segundo)...</numerusform>
            <numerusform>Esperando a que vuelva el navegador (como máximo %n segundos)...</numerusform>
        </translation>
    </message>
    <message>
        <source>Another authorization is running.</source>
        <translation>Ya hay otra autorización en curso.</translation>
    </message>
    <message numerus="yes">
        <source>No answer within %n second(s); the authorization was cancelled.</source>
        <translation>
            <numerusform>Sin respuesta en %n segundo; se canceló la autorización.</numerusform>
            <numerusform>Sin respuesta en %n segundos; se canceló la autorización.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not authorized: %1</source>
        <translation>Sin autorización: %1</translation>
    </message>
    <message>
        <source>--timeout needs a number of seconds from 1 to %1.</source>
        <translation>--timeout necesita un número de segundos entre 1 y %1.</translation>
    </message>
    <message>
        <source>The account was authorized but could not be saved in %1: %2</source>
        <translation>La cuenta se autorizó, pero no se pudo guardar en %1: %2</translation>
    </message>
</context>
<context>
    <name>CliCatalogCommand</name>
    <message>
        <source>List the profile&apos;s API operations, or update them from an OpenAPI document.</source>
        <translation>Lista las operaciones de API del perfil o las actualiza a partir de un documento OpenAPI.</translation>
    </message>
    <message>
        <source>list or update.</source>
        <translation>list o update.</translation>
    </message>
    <message>
        <source>  list                  every operation: method, path, API, summary
  update FILE|URL       import an OpenAPI 3.0/3.1 JSON document as the profile&apos;s catalog
                        (for Lofty: https://developer.lofty.com/openapi/openapi.json);
                        an unusable document changes nothing and exits with 2</source>
        <translation>  list                  todas las operaciones: método, ruta, API, resumen
  update ARCHIVO|URL    importa un documento JSON OpenAPI 3.0/3.1 como catálogo del perfil
                        (para Lofty: https://developer.lofty.com/openapi/openapi.json);
                        un documento inutilizable no cambia nada y sale con 2</translation>
    </message>
    <message>
        <source>Too many arguments.</source>
        <translation>Demasiados argumentos.</translation>
    </message>
    <message>
        <source>Name the OpenAPI document: a file or an http(s) URL.</source>
        <translation>Indique el documento OpenAPI: un archivo o una URL http(s).</translation>
    </message>
    <message>
        <source>Unknown action &quot;%1&quot;.</source>
        <translation>Acción desconocida &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>METHOD</source>
        <translation>MÉTODO</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>RUTA</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>SUMMARY</source>
        <translation>RESUMEN</translation>
    </message>
    <message>
        <source>The catalog was not changed: %1</source>
        <translation>El catálogo no se ha modificado: %1</translation>
    </message>
    <message>
        <source>Catalog updated: %1 operations (%2).</source>
        <translation>Catálogo actualizado: %1 operaciones (%2).</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB; the catalog was not changed.</source>
        <translation>%1 ocupa más de %2 MB; el catálogo no se ha modificado.</translation>
    </message>
    <message>
        <source>%1 could not be downloaded (HTTP %2): %3; the catalog was not changed.</source>
        <translation>No se pudo descargar %1 (HTTP %2): %3; el catálogo no se ha modificado.</translation>
    </message>
</context>
<context>
    <name>CliCollectionsCommand</name>
    <message>
        <source>Import a Postman v2.1 collection as a collection folder.</source>
        <translation>Importa una colección de Postman v2.1 como carpeta de colección.</translation>
    </message>
    <message>
        <source>Usage: lofty-console-cli collections import-postman FILE DIR
Run `lofty-console-cli collections import-postman --help` for its options.
</source>
        <translation>Uso: lofty-console-cli collections import-postman FILE DIR
Ejecute `lofty-console-cli collections import-postman --help` para ver sus opciones.
</translation>
    </message>
    <message>
        <source>Unknown action &quot;%1&quot;: use import-postman.</source>
        <translation>Acción desconocida &quot;%1&quot;: use import-postman.</translation>
    </message>
    <message>
        <source>The Postman collection export (v2.1 JSON).</source>
        <translation>La exportación de la colección de Postman (JSON v2.1).</translation>
    </message>
    <message>
        <source>A new folder for the collection.</source>
        <translation>Una carpeta nueva para la colección.</translation>
    </message>
    <message>
        <source>Requests keep Postman&apos;s order (file names start with 01-, 02-, ...); {{variables}} stay;
auth blocks and Authorization headers are dropped: runs use the selected account&apos;s credentials.
Secret values become secret variables (kept in the keychain, never in the files).
Example: lofty-console-cli collections import-postman Lofty.postman_collection.json ./lofty</source>
        <translation>Las solicitudes conservan el orden de Postman (los nombres de archivo empiezan por 01-, 02-, ...); las {{variables}} se mantienen;
los bloques auth y las cabeceras Authorization se descartan: las ejecuciones usan las credenciales de la cuenta seleccionada.
Los valores secretos pasan a ser variables secretas (guardadas en el llavero, nunca en los archivos).
Ejemplo: lofty-console-cli collections import-postman Lofty.postman_collection.json ./lofty</translation>
    </message>
    <message>
        <source>Give the export file and a new folder, e.g. `collections import-postman export.json ./my-collection`.</source>
        <translation>Indique el archivo exportado y una carpeta nueva, p. ej., `collections import-postman export.json ./my-collection`.</translation>
    </message>
    <message numerus="yes">
        <source>Imported &quot;%1&quot;: %n request(s) in %2.</source>
        <translation>
            <numerusform>Se importó &quot;%1&quot;: %n solicitud en %2.</numerusform>
            <numerusform>Se importó &quot;%1&quot;: %n solicitudes en %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CliCommand</name>
    <message>
        <source>Show this help.</source>
        <translation>Muestra esta ayuda.</translation>
    </message>
    <message>
        <source>Usage: lofty-console-cli %1</source>
        <translation>Uso: lofty-console-cli %1</translation>
    </message>
    <message>
        <source>Try &apos;lofty-console-cli %1 --help&apos;.</source>
        <translation>Pruebe &apos;lofty-console-cli %1 --help&apos;.</translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>The profile, by id or name (default: $LOFTY_PROFILE, else the console&apos;s current profile).</source>
        <translation>El perfil, por ID o nombre (predeterminado: $LOFTY_PROFILE; si no, el perfil actual de la consola).</translation>
    </message>
    <message>
        <source>profile</source>
        <translation>perfil</translation>
    </message>
    <message>
        <source>The account, by id, label or e-mail (default: $LOFTY_ACCOUNT, else the profile&apos;s first).</source>
        <translation>La cuenta, por ID, etiqueta o correo electrónico (predeterminado: $LOFTY_ACCOUNT; si no, la primera del perfil).</translation>
    </message>
    <message>
        <source>account</source>
        <translation>cuenta</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>Imprime el resultado como JSON.</translation>
    </message>
    <message>
        <source>Print tables without their header line.</source>
        <translation>Imprime las tablas sin su línea de encabezado.</translation>
    </message>
    <message>
        <source>Print no progress on stderr.</source>
        <translation>No imprime el progreso en stderr.</translation>
    </message>
    <message>
        <source>There is no profile &quot;%1&quot;. See `lofty-console-cli profiles list`.</source>
        <translation>No existe el perfil &quot;%1&quot;. Consulte `lofty-console-cli profiles list`.</translation>
    </message>
    <message>
        <source>the keychain did not answer in time.</source>
        <translation>el llavero no respondió a tiempo.</translation>
    </message>
    <message>
        <source>The keychain is unavailable, and secrets are never written in plain text: %1</source>
        <translation>El llavero no está disponible y los secretos nunca se escriben en texto plano: %1</translation>
    </message>
    <message>
        <source>Start a Secret Service (e.g. gnome-keyring) in this session and unlock it, then try again.</source>
        <translation>Inicie un Secret Service (p. ej., gnome-keyring) en esta sesión y desbloquéelo; después, vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Using the client secret from LOFTY_CLIENT_SECRET for this run.</source>
        <translation>Usando el secreto de cliente de LOFTY_CLIENT_SECRET para esta ejecución.</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; has no account yet. Run `lofty-console-cli authorize`.</source>
        <translation>El perfil &quot;%1&quot; aún no tiene ninguna cuenta. Ejecute `lofty-console-cli authorize`.</translation>
    </message>
    <message>
        <source>Sandbox (not the real Lofty): the built-in sandbox runs inside this command only.</source>
        <translation>Sandbox (no es el Lofty real): el sandbox integrado solo se ejecuta dentro de este comando.</translation>
    </message>
    <message>
        <source>The keychain is unavailable: %1</source>
        <translation>El llavero no está disponible: %1</translation>
    </message>
    <message>
        <source>The keychain did not give the account&apos;s secrets in time.</source>
        <translation>El llavero no entregó a tiempo los secretos de la cuenta.</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; cannot be used: %2</source>
        <translation>No se puede usar la cuenta &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>Authorize it again with `lofty-console-cli authorize`.</source>
        <translation>Vuelva a autorizarla con `lofty-console-cli authorize`.</translation>
    </message>
    <message>
        <source>The keychain did not keep the new secrets: %1</source>
        <translation>El llavero no conservó los secretos nuevos: %1</translation>
    </message>
    <message>
        <source>it did not answer in time.</source>
        <translation>no respondió a tiempo.</translation>
    </message>
    <message>
        <source>The keychain refused a change: %1</source>
        <translation>El llavero rechazó un cambio: %1</translation>
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
        <translation>Uso: lofty-console-cli [opciones globales] &lt;comando&gt; [opciones]

Lofty Developer Console desde el terminal: los mismos perfiles, cuentas, tokens guardados en el
llavero, límites de frecuencia e historial de solicitudes que la consola.

Comandos:
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
Ejecute `lofty-console-cli &lt;comando&gt; --help` para ver las opciones de un comando.

Opciones globales (antes o después del comando):
  -p, --profile &lt;perfil&gt;    ID o nombre del perfil (predeterminado: $LOFTY_PROFILE; si no, el actual)
  -a, --account &lt;cuenta&gt;    ID, etiqueta o correo de la cuenta (predeterminado: $LOFTY_ACCOUNT; si no, la primera)
  --json                    resultados como JSON
  --no-header               tablas sin la línea de encabezado
  -q, --quiet               sin progreso en stderr
  -h, --help                esta ayuda
  -V, --version             la versión

Salida: resultados en stdout; progreso, estado y errores en stderr. Las tablas se alinean en un
terminal y se separan con tabuladores cuando se redirigen a una tubería.

Los secretos nunca son argumentos: se obtienen del llavero, de las variables de entorno de
lofty-cli (LOFTY_CLIENT_SECRET, LOFTY_CUSTOMER_KEY, LOFTY_API_KEY, LOFTY_ACCESS_TOKEN,
LOFTY_REFRESH_TOKEN) o se piden sin eco.

Estado de salida:
  0  éxito
  1  falló la solicitud o la API (error HTTP o de Lofty, error del endpoint de token, archivo no escrito)
  2  error de uso: argumentos incorrectos, una entrada que falta o no se puede usar
  3  no encontrado: no existe ese perfil o esa cuenta
  4  se necesita autorización: ningún token utilizable, actualización rechazada, autorización denegada
  5  llavero no disponible (los secretos nunca se escriben en texto plano)
  6  error de red o tiempo de espera agotado
</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Muestra esta ayuda.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Muestra la versión.</translation>
    </message>
    <message>
        <source>Try &apos;lofty-console-cli --help&apos;.</source>
        <translation>Pruebe &apos;lofty-console-cli --help&apos;.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Comando desconocido &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>CliEnvironmentImport</name>
    <message>
        <source>Lofty (from lofty-cli)</source>
        <translation>Lofty (desde lofty-cli)</translation>
    </message>
    <message>
        <source>LOFTY_BASE_URL &quot;%1&quot; is not an http or https URL; the default API base was kept.</source>
        <translation>LOFTY_BASE_URL &quot;%1&quot; no es una URL http o https; se mantuvo la base de API predeterminada.</translation>
    </message>
    <message>
        <source>API base and token URL from LOFTY_BASE_URL (%1).</source>
        <translation>Base de API y URL de token desde LOFTY_BASE_URL (%1).</translation>
    </message>
    <message>
        <source>Client id from LOFTY_CLIENT_ID (%1).</source>
        <translation>ID de cliente desde LOFTY_CLIENT_ID (%1).</translation>
    </message>
    <message>
        <source>Client secret from LOFTY_CLIENT_SECRET (%1).</source>
        <translation>Secreto de cliente desde LOFTY_CLIENT_SECRET (%1).</translation>
    </message>
    <message>
        <source>lofty-cli customer key</source>
        <translation>clave de cliente de lofty-cli</translation>
    </message>
    <message>
        <source>Customer key from LOFTY_CUSTOMER_KEY (%1), for the client credentials grant.</source>
        <translation>Clave de cliente desde LOFTY_CUSTOMER_KEY (%1), para la concesión de credenciales de cliente.</translation>
    </message>
    <message>
        <source>LOFTY_CUSTOMER_KEY is set but LOFTY_CLIENT_SECRET is not: the client credentials grant needs both.</source>
        <translation>LOFTY_CUSTOMER_KEY está definida pero LOFTY_CLIENT_SECRET no: la concesión de credenciales de cliente necesita ambas.</translation>
    </message>
    <message>
        <source>lofty-cli access token</source>
        <translation>token de acceso de lofty-cli</translation>
    </message>
    <message>
        <source>Access token from LOFTY_ACCESS_TOKEN (%1).</source>
        <translation>Token de acceso desde LOFTY_ACCESS_TOKEN (%1).</translation>
    </message>
    <message>
        <source>Access token from LOFTY_ACCESS_TOKEN (%1) and refresh token from LOFTY_REFRESH_TOKEN (%2).</source>
        <translation>Token de acceso desde LOFTY_ACCESS_TOKEN (%1) y token de actualización desde LOFTY_REFRESH_TOKEN (%2).</translation>
    </message>
    <message>
        <source>LOFTY_REFRESH_TOKEN is set without LOFTY_ACCESS_TOKEN; it was not imported.</source>
        <translation>LOFTY_REFRESH_TOKEN está definida sin LOFTY_ACCESS_TOKEN; no se importó.</translation>
    </message>
</context>
<context>
    <name>CliOutput</name>
    <message>
        <source>lofty-console-cli: warning: %1</source>
        <translation>lofty-console-cli: advertencia: %1</translation>
    </message>
    <message>
        <source>lofty-console-cli: error: %1</source>
        <translation>lofty-console-cli: error: %1</translation>
    </message>
</context>
<context>
    <name>CliProfilesCommand</name>
    <message>
        <source>(built-in sandbox, at run time)</source>
        <translation>(sandbox integrado, en tiempo de ejecución)</translation>
    </message>
    <message>
        <source>List, show, select, import and export profiles (never secrets).</source>
        <translation>Lista, muestra, selecciona, importa y exporta perfiles (nunca secretos).</translation>
    </message>
    <message>
        <source>list, show, use, import or export.</source>
        <translation>list, show, use, import o export.</translation>
    </message>
    <message>
        <source>export: write to this file instead of stdout.</source>
        <translation>export: escribe en este archivo en lugar de en stdout.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <source>import: build the profile from lofty-cli&apos;s LOFTY_* variables; their secrets go to the keychain.</source>
        <translation>import: crea el perfil a partir de las variables LOFTY_* de lofty-cli; sus secretos van al llavero.</translation>
    </message>
    <message>
        <source>Too many arguments.</source>
        <translation>Demasiados argumentos.</translation>
    </message>
    <message>
        <source>Name the profile to use.</source>
        <translation>Indique el perfil que se usará.</translation>
    </message>
    <message>
        <source>Name the file to import (or - for stdin, or --from-env).</source>
        <translation>Indique el archivo que se importará (o - para stdin, o --from-env).</translation>
    </message>
    <message>
        <source>Unknown action &quot;%1&quot;.</source>
        <translation>Acción desconocida &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>CURRENT</source>
        <translation>ACTUAL</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>TIPO</translation>
    </message>
    <message>
        <source>CLIENT ID</source>
        <translation>ID DE CLIENTE</translation>
    </message>
    <message>
        <source>API BASE</source>
        <translation>BASE DE API</translation>
    </message>
    <message>
        <source>ACCOUNTS</source>
        <translation>CUENTAS</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Sandbox (not the real Lofty)</source>
        <translation>Sandbox (no es el Lofty real)</translation>
    </message>
    <message>
        <source>custom</source>
        <translation>personalizado</translation>
    </message>
    <message>
        <source>Authorize URL</source>
        <translation>URL de autorización</translation>
    </message>
    <message>
        <source>Token URL</source>
        <translation>URL de token</translation>
    </message>
    <message>
        <source>API base URL</source>
        <translation>URL base de la API</translation>
    </message>
    <message>
        <source>Client authentication</source>
        <translation>Autenticación del cliente</translation>
    </message>
    <message>
        <source>App</source>
        <translation>Aplicación</translation>
    </message>
    <message>
        <source>Client id</source>
        <translation>ID de cliente</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modo</translation>
    </message>
    <message>
        <source>Rate limit</source>
        <translation>Límite de frecuencia</translation>
    </message>
    <message>
        <source>%1 requests/min</source>
        <translation>%1 solicitudes/min</translation>
    </message>
    <message>
        <source>Redirect URIs</source>
        <translation>URI de redirección</translation>
    </message>
    <message>
        <source>Granted APIs</source>
        <translation>API concedidas</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Cuentas</translation>
    </message>
    <message>
        <source>Current profile: %1</source>
        <translation>Perfil actual: %1</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a usable profile:</source>
        <translation>%1 no es un perfil utilizable:</translation>
    </message>
    <message>
        <source>Imported profile &quot;%1&quot;.</source>
        <translation>Perfil &quot;%1&quot; importado.</translation>
    </message>
    <message>
        <source>None of %1 is set.</source>
        <translation>No está definida ninguna de %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Exported &quot;%1&quot; to %2 (no secrets, no accounts).</source>
        <translation>Se exportó &quot;%1&quot; a %2 (sin secretos ni cuentas).</translation>
    </message>
    <message>
        <source>import, create: make the new profile the current one.</source>
        <translation>import, create: convierte el perfil nuevo en el actual.</translation>
    </message>
    <message>
        <source>create: lofty, lofty-help-center, sandbox or oauth2 (default lofty).</source>
        <translation>create: lofty, lofty-help-center, sandbox u oauth2 (predeterminado: lofty).</translation>
    </message>
    <message>
        <source>preset</source>
        <translation>preajuste</translation>
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
        <translation>  list                  todos los perfiles (ID, nombre, tipo, ID de cliente, base de API, cuentas)
  show [PERFIL]         endpoints y registro de la app de un perfil
  use PERFIL            convierte PERFIL en el actual (consola y CLI)
  create NOMBRE [--preset P]  un perfil nuevo a partir de un preajuste (lofty, lofty-help-center,
                        sandbox, oauth2)
  set PERFIL CLAVE VALOR un ajuste, comprobado (`profiles set` sin más lista las claves)
  import ARCHIVO|-      un perfil exportado por la consola o por `profiles export`
  import --from-env     un perfil a partir de LOFTY_BASE_URL, LOFTY_CLIENT_ID, ...
  export [PERFIL]       la configuración compartible como JSON (sin secretos ni cuentas)</translation>
    </message>
    <message>
        <source>Usage: profiles set PROFILE KEY VALUE; keys: %1.</source>
        <translation>Uso: profiles set PERFIL CLAVE VALOR; claves: %1.</translation>
    </message>
    <message>
        <source>Name the new profile.</source>
        <translation>Indique el nombre del perfil nuevo.</translation>
    </message>
    <message>
        <source>Unknown preset &quot;%1&quot;; the presets are: %2.</source>
        <translation>Preajuste desconocido &quot;%1&quot;; los preajustes son: %2.</translation>
    </message>
    <message>
        <source>Created profile &quot;%1&quot; from the %2 preset.</source>
        <translation>Se creó el perfil &quot;%1&quot; a partir del preajuste %2.</translation>
    </message>
    <message>
        <source>%1: the built-in sandbox&apos;s endpoints are set at run time.</source>
        <translation>%1: los endpoints del sandbox integrado se definen en tiempo de ejecución.</translation>
    </message>
    <message>
        <source>%1 of &quot;%2&quot; set.</source>
        <translation>Se definió %1 de &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; exists already; the import is a new profile named &quot;%2&quot;.</source>
        <translation>Ya existe un perfil llamado &quot;%1&quot;; lo importado será un perfil nuevo llamado &quot;%2&quot;.</translation>
    </message>
</context>
<context>
    <name>CliRequestCommand</name>
    <message>
        <source>Call the API as the selected account (body on stdout, status on stderr).</source>
        <translation>Llama a la API como la cuenta seleccionada (cuerpo en stdout, estado en stderr).</translation>
    </message>
    <message>
        <source>GET, POST, PUT, PATCH, DELETE, HEAD or OPTIONS.</source>
        <translation>GET, POST, PUT, PATCH, DELETE, HEAD u OPTIONS.</translation>
    </message>
    <message>
        <source>An API path such as /v1.0/me, or a full URL.</source>
        <translation>Una ruta de API como /v1.0/me, o una URL completa.</translation>
    </message>
    <message>
        <source>A query parameter (repeatable).</source>
        <translation>Un parámetro de consulta (repetible).</translation>
    </message>
    <message>
        <source>key=value</source>
        <translation>clave=valor</translation>
    </message>
    <message>
        <source>A request header (repeatable).</source>
        <translation>Una cabecera de la solicitud (repetible).</translation>
    </message>
    <message>
        <source>name:value</source>
        <translation>nombre:valor</translation>
    </message>
    <message>
        <source>The JSON body: inline, @file, or @- for stdin.</source>
        <translation>El cuerpo JSON: en línea, @archivo o @- para stdin.</translation>
    </message>
    <message>
        <source>json</source>
        <translation>json</translation>
    </message>
    <message>
        <source>Indent a JSON response (numbers stay exact).</source>
        <translation>Formatea con sangría una respuesta JSON (los números se conservan exactos).</translation>
    </message>
    <message>
        <source>Print the response headers on stderr.</source>
        <translation>Imprime las cabeceras de la respuesta en stderr.</translation>
    </message>
    <message>
        <source>Give up when no data arrives for this many seconds (default %1).</source>
        <translation>Desiste cuando no llegan datos durante esta cantidad de segundos (predeterminado: %1).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>segundos</translation>
    </message>
    <message>
        <source>The account&apos;s credentials are added (refreshed first when needed); the app&apos;s rate limit is kept
(requests wait instead of being answered 429). Every exchange goes to the history the console shows.
Example: lofty-console-cli request GET /v1.0/leads --query limit=10 --pretty</source>
        <translation>Se añaden las credenciales de la cuenta (actualizadas antes si hace falta); se respeta el límite de frecuencia
de la aplicación (las solicitudes esperan en lugar de recibir un 429). Cada intercambio va al historial de la consola.
Ejemplo: lofty-console-cli request GET /v1.0/leads --query limit=10 --pretty</translation>
    </message>
    <message>
        <source>Give the method and the path, e.g. `request GET /v1.0/me`.</source>
        <translation>Indique el método y la ruta, p. ej., `request GET /v1.0/me`.</translation>
    </message>
    <message>
        <source>Unknown method &quot;%1&quot;.</source>
        <translation>Método desconocido &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a path starting with / nor an http(s) URL.</source>
        <translation>&quot;%1&quot; no es ni una ruta que empiece por / ni una URL http(s).</translation>
    </message>
    <message>
        <source>--query needs key=value, not &quot;%1&quot;.</source>
        <translation>--query necesita clave=valor, no &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--header needs name:value, not &quot;%1&quot;.</source>
        <translation>--header necesita nombre:valor, no &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The account&apos;s credentials are added for you; secrets are never arguments.</source>
        <translation>Las credenciales de la cuenta se añaden automáticamente; los secretos nunca son argumentos.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>--data is not JSON: %1</source>
        <translation>--data no es JSON: %1</translation>
    </message>
    <message numerus="yes">
        <source>Waiting %n second(s) for the app&apos;s rate limit...</source>
        <translation>
            <numerusform>Esperando %n segundo por el límite de frecuencia de la aplicación...</numerusform>
            <numerusform>Esperando %n segundos por el límite de frecuencia de la aplicación...</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rate limited (%1): waiting %n second(s).</source>
        <translation>
            <numerusform>Límite de frecuencia alcanzado (%1): esperando %n segundo.</numerusform>
            <numerusform>Límite de frecuencia alcanzado (%1): esperando %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>The request did not finish in time.</source>
        <translation>La solicitud no terminó a tiempo.</translation>
    </message>
    <message>
        <source>HTTP %1 %2</source>
        <translation>HTTP %1 %2</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Sin respuesta</translation>
    </message>
    <message>
        <source> · %1 ms · %2 bytes</source>
        <translation> · %1 ms · %2 bytes</translation>
    </message>
    <message>
        <source> · waited %1 ms</source>
        <translation> · espera de %1 ms</translation>
    </message>
    <message>
        <source> · rate limit: %1 of %2 left</source>
        <translation> · límite de frecuencia: quedan %1 de %2</translation>
    </message>
    <message>
        <source>--timeout needs a number of seconds from 1 to %1.</source>
        <translation>--timeout necesita un número de segundos entre 1 y %1.</translation>
    </message>
    <message>
        <source>The body is nested too deeply to indent; it is printed as received.</source>
        <translation>El cuerpo tiene demasiados niveles de anidamiento para aplicarle sangría; se imprime tal como se recibió.</translation>
    </message>
    <message>
        <source>Fetch every page of a list and print all items as one array.</source>
        <translation>Obtiene todas las páginas de una lista e imprime todos los elementos como un solo array.</translation>
    </message>
    <message>
        <source>With --all-pages: one item per line (JSON lines).</source>
        <translation>Con --all-pages: un elemento por línea (JSON Lines).</translation>
    </message>
</context>
<context>
    <name>CliRunCommand</name>
    <message>
        <source>Run a collection (or a folder or request of it) with its checks; exit 1 on a failure.</source>
        <translation>Ejecuta una colección (o una carpeta o solicitud de ella) con sus comprobaciones; sale con 1 si algo falla.</translation>
    </message>
    <message>
        <source>A collection folder, a folder inside it, or one request file.</source>
        <translation>Una carpeta de colección, una carpeta dentro de ella o un archivo de solicitud.</translation>
    </message>
    <message>
        <source>The collection environment to use.</source>
        <translation>El entorno de la colección que se usará.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>Also write the results as JUnit XML.</source>
        <translation>Escribe también los resultados como JUnit XML.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>archivo</translation>
    </message>
    <message>
        <source>Requests run in file-name order, one after the other, as the selected account; captures set
variables for the requests that follow; the app&apos;s rate limit is kept (no 429s).
Secret variables come from the keychain, or from %1&lt;name&gt; environment variables.
Example: lofty-console-cli run ./lofty-collection --env sandbox --junit results.xml</source>
        <translation>Las solicitudes se ejecutan por orden de nombre de archivo, una tras otra, como la cuenta seleccionada; las capturas definen
variables para las solicitudes siguientes; se respeta el límite de frecuencia de la app (sin errores 429).
Las variables secretas se obtienen del llavero o de las variables de entorno %1&lt;nombre&gt;.
Ejemplo: lofty-console-cli run ./lofty-collection --env sandbox --junit results.xml</translation>
    </message>
    <message>
        <source>Give one collection path, e.g. `run ./my-collection`.</source>
        <translation>Indique una ruta de colección, p. ej., `run ./my-collection`.</translation>
    </message>
    <message>
        <source>Some request files cannot be read:
%1</source>
        <translation>No se pueden leer algunos archivos de solicitud:
%1</translation>
    </message>
    <message>
        <source>%1 holds no request.</source>
        <translation>%1 no contiene ninguna solicitud.</translation>
    </message>
    <message>
        <source>The run did not finish in time.</source>
        <translation>La ejecución no terminó a tiempo.</translation>
    </message>
    <message>
        <source>%1 passed, %2 failed</source>
        <translation>%1 superadas, %2 fallidas</translation>
    </message>
    <message>
        <source>Cannot read the secret variables from the keychain: %1</source>
        <translation>No se pueden leer las variables secretas del llavero: %1</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>sin respuesta</translation>
    </message>
    <message>
        <source>No value stored for the secret variable(s) %1 (set %2&lt;name&gt; to give one).</source>
        <translation>No hay ningún valor guardado para la(s) variable(s) secreta(s) %1 (defina %2&lt;nombre&gt; para darle uno).</translation>
    </message>
    <message>
        <source>PASS</source>
        <translation>SUPERADA</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>FALLIDA</translation>
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
        <translation>Ejecuta el sandbox de Lofty integrado (mismas opciones que lofty-sandbox).</translation>
    </message>
</context>
<context>
    <name>CliScopesCommand</name>
    <message>
        <source>What the app may call, API by API (--probe to ask the server now).</source>
        <translation>Lo que la aplicación puede llamar, API por API (--probe para preguntar ahora al servidor).</translation>
    </message>
    <message>
        <source>Send one safe GET per API as the selected account (paced by the rate limit).</source>
        <translation>Envía un GET seguro por API como la cuenta seleccionada (al ritmo del límite de frecuencia).</translation>
    </message>
    <message>
        <source>Lofty&apos;s tokens say only scope=openApi, so the matrix comes from the registration&apos;s granted APIs,
from what the history has seen (allowed, or refused with 403 200100) and from the probe.
Columns: API, GROUP, GRANTED (registration), ALLOWED and REFUSED (history), PROBE, EFFECTIVE.</source>
        <translation>Los tokens de Lofty solo indican scope=openApi, así que la matriz se obtiene de las API concedidas
en el registro, de lo que ha visto el historial (permitidas, o rechazadas con 403 200100) y del sondeo.
Columnas: API, GRUPO, CONCEDIDA (registro), PERMITIDA y RECHAZADA (historial), SONDEO, EFECTIVA.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Argumento inesperado &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The history could not be read: %1</source>
        <translation>No se pudo leer el historial: %1</translation>
    </message>
    <message>
        <source>Probed %1 of %2 APIs</source>
        <translation>Sondeadas %1 de %2 API</translation>
    </message>
    <message>
        <source>The probe did not finish in time.</source>
        <translation>El sondeo no terminó a tiempo.</translation>
    </message>
    <message>
        <source>Every probe failed (see the PROBE column); the account may need authorizing again.</source>
        <translation>Todos los sondeos fallaron (vea la columna SONDEO); puede que haya que volver a autorizar la cuenta.</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>GROUP</source>
        <translation>GRUPO</translation>
    </message>
    <message>
        <source>GRANTED</source>
        <translation>CONCEDIDA</translation>
    </message>
    <message>
        <source>ALLOWED</source>
        <translation>PERMITIDA</translation>
    </message>
    <message>
        <source>REFUSED</source>
        <translation>RECHAZADA</translation>
    </message>
    <message>
        <source>PROBE</source>
        <translation>SONDEO</translation>
    </message>
    <message>
        <source>EFFECTIVE</source>
        <translation>EFECTIVA</translation>
    </message>
</context>
<context>
    <name>CliTokenCommand</name>
    <message>
        <source>Print, show, refresh or forget the selected account&apos;s token.</source>
        <translation>Imprime, muestra, actualiza u olvida el token de la cuenta seleccionada.</translation>
    </message>
    <message>
        <source>print, show, refresh or forget.</source>
        <translation>print, show, refresh o forget.</translation>
    </message>
    <message>
        <source>print: the whole Authorization header value (&quot;Bearer …&quot; or &quot;token …&quot;).</source>
        <translation>print: el valor completo de la cabecera Authorization (&quot;Bearer …&quot; o &quot;token …&quot;).</translation>
    </message>
    <message>
        <source>  print     a valid access token on stdout (refreshed first when needed):
            curl -H &quot;Authorization: Bearer $(lofty-console-cli token print)&quot; …
  show      what is known about the token, secrets masked (--json)
  refresh   refresh now (refresh_token grant, or a new client-credentials token)
  forget    remove the account and its secrets from the keychain</source>
        <translation>  print     un token de acceso válido en stdout (actualizado antes si hace falta):
            curl -H &quot;Authorization: Bearer $(lofty-console-cli token print)&quot; …
  show      lo que se sabe del token, con los secretos enmascarados (--json)
  refresh   actualiza ahora (concesión refresh_token o un token nuevo de credenciales de cliente)
  forget    elimina la cuenta y sus secretos del llavero</translation>
    </message>
    <message>
        <source>Name the action: print, show, refresh or forget.</source>
        <translation>Indique la acción: print, show, refresh o forget.</translation>
    </message>
    <message>
        <source>Too many arguments.</source>
        <translation>Demasiados argumentos.</translation>
    </message>
    <message>
        <source>Unknown action &quot;%1&quot;.</source>
        <translation>Acción desconocida &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Authorize the account again with `lofty-console-cli authorize`.</source>
        <translation>Vuelva a autorizar la cuenta con `lofty-console-cli authorize`.</translation>
    </message>
    <message>
        <source>The token endpoint did not answer in time.</source>
        <translation>El endpoint de token no respondió a tiempo.</translation>
    </message>
    <message>
        <source>this account holds an API key: send it as &quot;Authorization: token &lt;key&gt;&quot; (or use --header).</source>
        <translation>esta cuenta tiene una clave de API: envíela como &quot;Authorization: token &lt;clave&gt;&quot; (o use --header).</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Grant</source>
        <translation>Concesión</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Token type</source>
        <translation>Tipo de token</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Ámbito</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Token de acceso</translation>
    </message>
    <message>
        <source>Obtained</source>
        <translation>Obtenido</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Caduca</translation>
    </message>
    <message>
        <source>%1 (in %2 s)</source>
        <translation>%1 (dentro de %2 s)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>Refresh token</source>
        <translation>Token de actualización</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Refresh token age</source>
        <translation>Antigüedad del token de actualización</translation>
    </message>
    <message>
        <source>JWT</source>
        <translation>JWT</translation>
    </message>
    <message>
        <source>alg %1, sub %2, iss %3 (%4)</source>
        <translation>alg %1, sub %2, iss %3 (%4)</translation>
    </message>
    <message>
        <source>Refreshed. The new token expires at %1.</source>
        <translation>Actualizado. El nuevo token caduca el %1.</translation>
    </message>
    <message>
        <source>Forgot the account &quot;%1&quot; and removed its secrets from the keychain.</source>
        <translation>Se olvidó la cuenta &quot;%1&quot; y se eliminaron sus secretos del llavero.</translation>
    </message>
    <message>
        <source>The account has no usable credentials.</source>
        <translation>La cuenta no tiene credenciales utilizables.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) (the provider keeps them %1 days)</source>
        <translation>
            <numerusform>%n día (el proveedor los conserva %1 días)</numerusform>
            <numerusform>%n días (el proveedor los conserva %1 días)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CliWebhooksCommand</name>
    <message>
        <source>List, create and delete webhook subscriptions; listen for deliveries on 127.0.0.1.</source>
        <translation>Lista, crea y elimina suscripciones de webhook; escucha entregas en 127.0.0.1.</translation>
    </message>
    <message>
        <source>Prints GET /v1.0/webhooks for the selected account.</source>
        <translation>Imprime GET /v1.0/webhooks de la cuenta seleccionada.</translation>
    </message>
    <message>
        <source>Usage: lofty-console-cli webhooks list|create|delete|listen [options]
Run `lofty-console-cli webhooks &lt;action&gt; --help` for an action&apos;s options.
</source>
        <translation>Uso: lofty-console-cli webhooks list|create|delete|listen [opciones]
Ejecute `lofty-console-cli webhooks &lt;acción&gt; --help` para ver las opciones de una acción.
</translation>
    </message>
    <message>
        <source>Unknown action &quot;%1&quot;: use list, create, delete or listen.</source>
        <translation>Acción desconocida &quot;%1&quot;: use list, create, delete o listen.</translation>
    </message>
    <message>
        <source>The event list, 1-12 (2 Lead Info, 3 Lead Activity ...).</source>
        <translation>La lista de eventos, 1-12 (2 Lead Info, 3 Lead Activity ...).</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>The callback URL (https://).</source>
        <translation>La URL de callback (https://).</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>1-5000 (default %1).</source>
        <translation>1-5000 (predeterminado: %1).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>0 or 1 (default 0).</source>
        <translation>0 o 1 (predeterminado: 0).</translation>
    </message>
    <message>
        <source>mode</source>
        <translation>modo</translation>
    </message>
    <message>
        <source>Lofty takes https:// callbacks only; the Sandbox profile also takes http://127.0.0.1.
Example: lofty-console-cli webhooks create --list 2 --callback http://127.0.0.1:8787/lofty/webhook/2</source>
        <translation>Lofty solo acepta callbacks https://; el perfil Sandbox también acepta http://127.0.0.1.
Ejemplo: lofty-console-cli webhooks create --list 2 --callback http://127.0.0.1:8787/lofty/webhook/2</translation>
    </message>
    <message>
        <source>--list, --limit and --permission-mode take whole numbers.</source>
        <translation>--list, --limit y --permission-mode aceptan números enteros.</translation>
    </message>
    <message>
        <source>The subscription&apos;s id (webhooks list).</source>
        <translation>El ID de la suscripción (webhooks list).</translation>
    </message>
    <message>
        <source>Give one subscription id (a number), e.g. `webhooks delete 9007199254780993`.</source>
        <translation>Indique un ID de suscripción (un número), p. ej., `webhooks delete 9007199254780993`.</translation>
    </message>
    <message>
        <source>The port on 127.0.0.1 (default 0: any free one).</source>
        <translation>El puerto en 127.0.0.1 (predeterminado: 0, cualquiera libre).</translation>
    </message>
    <message>
        <source>Also post each delivery to this loopback URL.</source>
        <translation>Envía también cada entrega a esta URL de loopback.</translation>
    </message>
    <message>
        <source>Listens on 127.0.0.1 only and prints each delivery as one JSON line on stdout until Ctrl+C.
For Lofty, run a tunnel that gives a public https:// address for this port and subscribe with it.</source>
        <translation>Escucha solo en 127.0.0.1 e imprime cada entrega como una línea JSON en stdout hasta Ctrl+C.
Para Lofty, ejecute un túnel que ofrezca una dirección https:// pública para este puerto y suscríbase con ella.</translation>
    </message>
    <message>
        <source>--port takes a number from 0 to 65535.</source>
        <translation>--port acepta un número de 0 a 65535.</translation>
    </message>
    <message>
        <source>Forwarded to %1: HTTP %2</source>
        <translation>Reenviada a %1: HTTP %2</translation>
    </message>
    <message>
        <source>Refused a delivery (%1): %2</source>
        <translation>Entrega rechazada (%1): %2</translation>
    </message>
    <message>
        <source>Listening on %1 (127.0.0.1 only; Ctrl+C stops).</source>
        <translation>Escuchando en %1 (solo 127.0.0.1; Ctrl+C para detener).</translation>
    </message>
</context>
<context>
    <name>ClientCredentialsFlow</name>
    <message>
        <source>Client credentials</source>
        <translation>Credenciales de cliente</translation>
    </message>
    <message>
        <source>Client %1 at %2</source>
        <translation>Cliente %1 en %2</translation>
    </message>
    <message>
        <source>The profile needs a token URL and a client id for client credentials.</source>
        <translation>El perfil necesita una URL de token y un ID de cliente para las credenciales de cliente.</translation>
    </message>
    <message>
        <source>Token requested</source>
        <translation>Token solicitado</translation>
    </message>
    <message>
        <source>POST %1 with grant_type=client_credentials%2</source>
        <translation>POST %1 con grant_type=client_credentials%2</translation>
    </message>
    <message>
        <source>, customer_key=%1</source>
        <translation>, customer_key=%1</translation>
    </message>
    <message>
        <source>Token refused</source>
        <translation>Token rechazado</translation>
    </message>
    <message>
        <source>Token received</source>
        <translation>Token recibido</translation>
    </message>
    <message>
        <source>Access token %1, expires %2</source>
        <translation>Token de acceso %1, caduca %2</translation>
    </message>
    <message>
        <source>Client credentials need the app&apos;s client secret; enter it first. Nothing was sent.</source>
        <translation>Las credenciales de cliente necesitan el secreto de cliente de la app; introdúzcalo primero. No se envió nada.</translation>
    </message>
    <message>
        <source>Client credentials need the user&apos;s customer key (their API key); enter it first. Nothing was sent.</source>
        <translation>Las credenciales de cliente necesitan la clave de cliente del usuario (su clave de API); introdúzcala primero. No se envió nada.</translation>
    </message>
</context>
<context>
    <name>ClientSecret</name>
    <message>
        <source>the client secret</source>
        <translation>el secreto de cliente</translation>
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
        <translation>&quot;%1&quot; no es un archivo de solicitud de la colección.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>A request needs a name.</source>
        <translation>Una solicitud necesita un nombre.</translation>
    </message>
    <message>
        <source>Saved as %1, but %2 could not be removed.</source>
        <translation>Se guardó como %1, pero no se pudo eliminar %2.</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copia)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a folder name inside the collection.</source>
        <translation>&quot;%1&quot; no es un nombre de carpeta dentro de la colección.</translation>
    </message>
    <message>
        <source>%1 already exists; rename one of the two first.</source>
        <translation>%1 ya existe; cambie antes el nombre de uno de los dos.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
    <message>
        <source>Cannot move %1 to %2: %3</source>
        <translation>No se puede mover %1 a %2: %3</translation>
    </message>
    <message>
        <source>Cannot delete %1: %2</source>
        <translation>No se puede eliminar %1: %2</translation>
    </message>
    <message>
        <source>Two requests of %1 would get the same file name.</source>
        <translation>Dos solicitudes de %1 tendrían el mismo nombre de archivo.</translation>
    </message>
    <message>
        <source>Cannot rename %1.</source>
        <translation>No se puede cambiar el nombre de %1.</translation>
    </message>
</context>
<context>
    <name>CollectionRequest</name>
    <message>
        <source>a request file must hold a JSON object</source>
        <translation>un archivo de solicitud debe contener un objeto JSON</translation>
    </message>
    <message>
        <source>not a request file of format %1 (&quot;lofty-console-request&quot;)</source>
        <translation>no es un archivo de solicitud con el formato %1 (&quot;lofty-console-request&quot;)</translation>
    </message>
    <message>
        <source>a request needs a &quot;method&quot; and a &quot;url&quot;</source>
        <translation>una solicitud necesita &quot;method&quot; y &quot;url&quot;</translation>
    </message>
    <message>
        <source>&quot;pages&quot; can only be &quot;all&quot;</source>
        <translation>&quot;pages&quot; solo puede ser &quot;all&quot;</translation>
    </message>
    <message>
        <source>&quot;timeoutSeconds&quot; must be from 1 to 3600</source>
        <translation>&quot;timeoutSeconds&quot; debe estar entre 1 y 3600</translation>
    </message>
</context>
<context>
    <name>CollectionRunner</name>
    <message>
        <source>not sent: unknown variable(s) %1</source>
        <translation>no enviada: variable(s) desconocida(s) %1</translation>
    </message>
    <message>
        <source>not sent: %1</source>
        <translation>no enviada: %1</translation>
    </message>
    <message>
        <source>not sent: no account to send as</source>
        <translation>no enviada: no hay ninguna cuenta con la que enviarla</translation>
    </message>
    <message>
        <source>not sent: %1 %2 does not page (no scrollId, currentId, offset/limit or page/pageSize parameter)</source>
        <translation>no enviada: %1 %2 no se pagina (no hay parámetro scrollId, currentId, offset/limit ni page/pageSize)</translation>
    </message>
    <message>
        <source>HTTP %1: %2</source>
        <translation>HTTP %1: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>capture %1: %2</source>
        <translation>captura %1: %2</translation>
    </message>
</context>
<context>
    <name>CollectionSettings</name>
    <message>
        <source>not a &quot;%1&quot; file of format %2</source>
        <translation>no es un archivo &quot;%1&quot; con el formato %2</translation>
    </message>
    <message>
        <source>variable %1 has no &quot;name&quot;</source>
        <translation>la variable %1 no tiene &quot;name&quot;</translation>
    </message>
    <message>
        <source>&quot;secretVariables&quot; lists names only (item %1)</source>
        <translation>&quot;secretVariables&quot; solo enumera nombres (elemento %1)</translation>
    </message>
</context>
<context>
    <name>CollectionStore</name>
    <message>
        <source>larger than 16 MiB</source>
        <translation>ocupa más de 16 MiB</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 no existe.</translation>
    </message>
    <message>
        <source>%1 is not inside a collection (no %2 in it or above it).</source>
        <translation>%1 no está dentro de una colección (no hay %2 ni en esa carpeta ni en las superiores).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 already holds a collection.</source>
        <translation>%1 ya contiene una colección.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a request file name inside the collection (a relative path ending in .json).</source>
        <translation>&quot;%1&quot; no es un nombre de archivo de solicitud dentro de la colección (una ruta relativa que termine en .json).</translation>
    </message>
    <message>
        <source>Not saved: %1 would put a secret in the file. Use a {{variable}} (secret variables are kept in the keychain); the account&apos;s credentials are added when sending.</source>
        <translation>No se guardó: %1 pondría un secreto en el archivo. Use una {{variable}} (las variables secretas se guardan en el llavero); las credenciales de la cuenta se añaden al enviar.</translation>
    </message>
    <message>
        <source>Cannot create the folder for %1.</source>
        <translation>No se puede crear la carpeta para %1.</translation>
    </message>
    <message>
        <source>The collection has no environment &quot;%1&quot; (it has none).</source>
        <translation>La colección no tiene el entorno &quot;%1&quot; (no tiene ninguno).</translation>
    </message>
    <message>
        <source>The collection has no environment &quot;%1&quot; (it has: %2).</source>
        <translation>La colección no tiene el entorno &quot;%1&quot; (tiene: %2).</translation>
    </message>
    <message>
        <source>An environment name uses letters, digits, &quot;.&quot;, &quot;_&quot; and &quot;-&quot; only, not &quot;%1&quot;.</source>
        <translation>Un nombre de entorno solo puede contener letras, dígitos, &quot;.&quot;, &quot;_&quot; y &quot;-&quot;; &quot;%1&quot; no es válido.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>CollectionsPanel</name>
    <message>
        <source>A folder with a collection.json</source>
        <translation>Una carpeta con un collection.json</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>&amp;Recargar</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Entorno</translation>
    </message>
    <message>
        <source>Collection:</source>
        <translation>Colección:</translation>
    </message>
    <message>
        <source>Environment:</source>
        <translation>Entorno:</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Solicitud</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Requests of the collection</source>
        <translation>Solicitudes de la colección</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Ejecutar</translation>
    </message>
    <message>
        <source>Run the selected folder or request, or the whole collection</source>
        <translation>Ejecuta la carpeta o solicitud seleccionada, o toda la colección</translation>
    </message>
    <message>
        <source>&amp;Cancel run</source>
        <translation>&amp;Cancelar ejecución</translation>
    </message>
    <message>
        <source>Save the request being composed in the Requests panel into the collection</source>
        <translation>Guarda en la colección la solicitud que se está componiendo en el panel Solicitudes</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Time (ms)</source>
        <translation>Tiempo (ms)</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Run results</source>
        <translation>Resultados de la ejecución</translation>
    </message>
    <message>
        <source>Open a collection folder</source>
        <translation>Abrir una carpeta de colección</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) in &quot;%1&quot;.</source>
        <translation>
            <numerusform>%n solicitud en &quot;%1&quot;.</numerusform>
            <numerusform>%n solicitudes en &quot;%1&quot;.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some files cannot be read:
%1</source>
        <translation>No se pueden leer algunos archivos:
%1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>Select an account first: runs are sent as the selected account.</source>
        <translation>Seleccione primero una cuenta: las ejecuciones se envían como la cuenta seleccionada.</translation>
    </message>
    <message>
        <source>Open a collection with at least one request.</source>
        <translation>Abra una colección con al menos una solicitud.</translation>
    </message>
    <message numerus="yes">
        <source>Running %n request(s)…</source>
        <translation>
            <numerusform>Ejecutando %n solicitud…</numerusform>
            <numerusform>Ejecutando %n solicitudes…</numerusform>
        </translation>
    </message>
    <message>
        <source>PASS</source>
        <translation>SUPERADA</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>FALLIDA</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>no enviada</translation>
    </message>
    <message>
        <source>%1 passed, %2 failed</source>
        <translation>%1 superadas, %2 fallidas</translation>
    </message>
    <message>
        <source> (cancelled)</source>
        <translation> (cancelada)</translation>
    </message>
    <message>
        <source>Open a collection first.</source>
        <translation>Abra primero una colección.</translation>
    </message>
    <message>
        <source>Save request</source>
        <translation>Guardar solicitud</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Se guardó %1</translation>
    </message>
    <message>
        <source>Collection folder</source>
        <translation>Carpeta de la colección</translation>
    </message>
    <message>
        <source>&amp;Edit environment…</source>
        <translation>&amp;Editar entorno…</translation>
    </message>
    <message>
        <source>Variables of the selected environment; secret ones go to the keychain</source>
        <translation>Variables del entorno seleccionado; las secretas van al llavero</translation>
    </message>
    <message>
        <source>Save request &amp;as…</source>
        <translation>Guardar solicitud &amp;como…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save the request being composed over the saved request it came from (Ctrl+S)</source>
        <translation>Guarda la solicitud que se está componiendo sobre la solicitud guardada de la que procede (Ctrl+S)</translation>
    </message>
    <message>
        <source>Open in Re&amp;quests</source>
        <translation>Abrir en &amp;Solicitudes</translation>
    </message>
    <message>
        <source>Edit the selected request in a new request tab; Save (Ctrl+S) writes it back</source>
        <translation>Edita la solicitud seleccionada en una nueva pestaña de solicitud; Guardar (Ctrl+S) la vuelve a escribir</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>Re&amp;nombrar…</translation>
    </message>
    <message>
        <source>Rename the selected request</source>
        <translation>Cambia el nombre de la solicitud seleccionada</translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation>&amp;Duplicar</translation>
    </message>
    <message>
        <source>Copy the selected request</source>
        <translation>Copia la solicitud seleccionada</translation>
    </message>
    <message>
        <source>&amp;Move to…</source>
        <translation>&amp;Mover a…</translation>
    </message>
    <message>
        <source>Move the selected request to another folder</source>
        <translation>Mueve la solicitud seleccionada a otra carpeta</translation>
    </message>
    <message>
        <source>Dele&amp;te…</source>
        <translation>Elimin&amp;ar…</translation>
    </message>
    <message>
        <source>Delete the selected request file</source>
        <translation>Elimina el archivo de la solicitud seleccionada</translation>
    </message>
    <message>
        <source>&amp;Up</source>
        <translation>S&amp;ubir</translation>
    </message>
    <message>
        <source>Run the selected request earlier</source>
        <translation>Ejecuta antes la solicitud seleccionada</translation>
    </message>
    <message>
        <source>Do&amp;wn</source>
        <translation>&amp;Bajar</translation>
    </message>
    <message>
        <source>Run the selected request later</source>
        <translation>Ejecuta después la solicitud seleccionada</translation>
    </message>
    <message>
        <source>&amp;Import curl…</source>
        <translation>&amp;Importar curl…</translation>
    </message>
    <message>
        <source>Turn a curl command into a saved request</source>
        <translation>Convierte un comando curl en una solicitud guardada</translation>
    </message>
    <message>
        <source>Cop&amp;y as</source>
        <translation>Copiar c&amp;omo</translation>
    </message>
    <message>
        <source>Copy the selected request as a program; credentials and secret variables stay variables</source>
        <translation>Copia la solicitud seleccionada como programa; las credenciales y las variables secretas siguen siendo variables</translation>
    </message>
    <message>
        <source>Reading the secret variables from the keychain…</source>
        <translation>Leyendo las variables secretas del llavero…</translation>
    </message>
    <message>
        <source>Cannot read the secret variables from the keychain: %1</source>
        <translation>No se pueden leer las variables secretas del llavero: %1</translation>
    </message>
    <message>
        <source>Select a saved request to rename.</source>
        <translation>Seleccione una solicitud guardada para cambiarle el nombre.</translation>
    </message>
    <message>
        <source>Rename request</source>
        <translation>Cambiar nombre de la solicitud</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Nombre nuevo:</translation>
    </message>
    <message>
        <source>Renamed %1 to %2</source>
        <translation>Se cambió el nombre de %1 a %2</translation>
    </message>
    <message>
        <source>Select a saved request to duplicate.</source>
        <translation>Seleccione una solicitud guardada para duplicarla.</translation>
    </message>
    <message>
        <source>Copied %1 to %2</source>
        <translation>Se copió %1 en %2</translation>
    </message>
    <message>
        <source>Select a saved request to move.</source>
        <translation>Seleccione una solicitud guardada para moverla.</translation>
    </message>
    <message>
        <source>(top level)</source>
        <translation>(nivel superior)</translation>
    </message>
    <message>
        <source>Move request</source>
        <translation>Mover solicitud</translation>
    </message>
    <message>
        <source>Folder (pick one or type a new name):</source>
        <translation>Carpeta (elija una o escriba un nombre nuevo):</translation>
    </message>
    <message>
        <source>Moved %1 to %2</source>
        <translation>Se movió %1 a %2</translation>
    </message>
    <message>
        <source>Select a saved request to delete.</source>
        <translation>Seleccione una solicitud guardada para eliminarla.</translation>
    </message>
    <message>
        <source>Delete request</source>
        <translation>Eliminar solicitud</translation>
    </message>
    <message>
        <source>Delete %1 from the collection? The file is removed from the disk.</source>
        <translation>¿Eliminar %1 de la colección? El archivo se borra del disco.</translation>
    </message>
    <message>
        <source>Deleted %1</source>
        <translation>Se eliminó %1</translation>
    </message>
    <message>
        <source>Select a saved request to move up or down.</source>
        <translation>Seleccione una solicitud guardada para moverla arriba o abajo.</translation>
    </message>
    <message>
        <source>Imported; the command&apos;s credentials were dropped: the selected account&apos;s are sent.</source>
        <translation>Importado; se descartaron las credenciales del comando: se envían las de la cuenta seleccionada.</translation>
    </message>
    <message>
        <source>Select a saved request with a usable URL to copy it as code.</source>
        <translation>Seleccione una solicitud guardada con una URL válida para copiarla como código.</translation>
    </message>
    <message>
        <source>Copied as %1; credentials are read from the environment.</source>
        <translation>Copiado como %1; las credenciales se leen del entorno.</translation>
    </message>
    <message>
        <source>Select a saved request to open.</source>
        <translation>Seleccione una solicitud guardada para abrirla.</translation>
    </message>
    <message>
        <source>Editing %1; Ctrl+S saves it back</source>
        <translation>Editando %1; Ctrl+S guarda los cambios</translation>
    </message>
    <message>
        <source>New environment</source>
        <translation>Nuevo entorno</translation>
    </message>
    <message>
        <source>Name (e.g. sandbox):</source>
        <translation>Nombre (p. ej., sandbox):</translation>
    </message>
    <message>
        <source>Saved the environment %1</source>
        <translation>Entorno %1 guardado</translation>
    </message>
</context>
<context>
    <name>ConsoleSession</name>
    <message>
        <source>There is no profile &quot;%1&quot;. Profiles: %2.</source>
        <translation>No existe el perfil &quot;%1&quot;. Perfiles: %2.</translation>
    </message>
    <message>
        <source>The request history could not be read: %1</source>
        <translation>No se pudo leer el historial de solicitudes: %1</translation>
    </message>
    <message>
        <source>The keychain could not handle %1: %2</source>
        <translation>El llavero no pudo gestionar %1: %2</translation>
    </message>
    <message>
        <source>The profile in use cannot be deleted.</source>
        <translation>No se puede eliminar el perfil en uso.</translation>
    </message>
</context>
<context>
    <name>CurlExport</name>
    <message>
        <source>(no response: %1)</source>
        <translation>(sin respuesta: %1)</translation>
    </message>
</context>
<context>
    <name>CurlImport</name>
    <message>
        <source>The command has an unterminated %1 quote.</source>
        <translation>El comando tiene una comilla %1 sin cerrar.</translation>
    </message>
    <message>
        <source>A curl command starts with &quot;curl&quot;.</source>
        <translation>Un comando curl empieza por &quot;curl&quot;.</translation>
    </message>
    <message>
        <source>%1 needs a value.</source>
        <translation>%1 necesita un valor.</translation>
    </message>
    <message>
        <source>The header &quot;%1&quot; has no name: value form.</source>
        <translation>La cabecera &quot;%1&quot; no tiene la forma nombre: valor.</translation>
    </message>
    <message>
        <source>The curl option %1 is not supported here.</source>
        <translation>La opción de curl %1 no se admite aquí.</translation>
    </message>
    <message>
        <source>More than one URL: &quot;%1&quot; and &quot;%2&quot;.</source>
        <translation>Más de una URL: &quot;%1&quot; y &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The command names no URL.</source>
        <translation>El comando no indica ninguna URL.</translation>
    </message>
</context>
<context>
    <name>CurlImportDialog</name>
    <message>
        <source>Import a curl command</source>
        <translation>Importar un comando curl</translation>
    </message>
    <message>
        <source>curl command</source>
        <translation>Comando curl</translation>
    </message>
    <message>
        <source>curl -X POST &apos;https://api.lofty.com/v1.0/leads&apos; -H &apos;Content-Type: application/json&apos; -d &apos;{…}&apos;</source>
        <translation>curl -X POST &apos;https://api.lofty.com/v1.0/leads&apos; -H &apos;Content-Type: application/json&apos; -d &apos;{…}&apos;</translation>
    </message>
    <message>
        <source>Request name</source>
        <translation>Nombre de la solicitud</translation>
    </message>
    <message>
        <source>Method and path when left empty</source>
        <translation>Método y ruta si se deja vacío</translation>
    </message>
    <message>
        <source>The command&apos;s Authorization header is not kept: the selected account&apos;s credentials are sent.</source>
        <translation>No se conserva el encabezado Authorization del comando: se envían las credenciales de la cuenta seleccionada.</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
</context>
<context>
    <name>DirectCredentials</name>
    <message>
        <source>The value is empty.</source>
        <translation>El valor está vacío.</translation>
    </message>
    <message>
        <source>The value contains spaces or invisible characters; paste it again as one line.</source>
        <translation>El valor contiene espacios o caracteres invisibles; vuelva a pegarlo como una sola línea.</translation>
    </message>
    <message>
        <source>The value contains non-ASCII characters, which cannot be sent in an HTTP header.</source>
        <translation>El valor contiene caracteres no ASCII, que no se pueden enviar en una cabecera HTTP.</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clave de API</translation>
    </message>
    <message>
        <source>Pasted access token</source>
        <translation>Token de acceso pegado</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rechazado</translation>
    </message>
    <message>
        <source>It expired at %1.</source>
        <translation>Caducó el %1.</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Aceptado</translation>
    </message>
    <message>
        <source>Expires %1</source>
        <translation>Caduca el %1</translation>
    </message>
    <message>
        <source>No expiry known</source>
        <translation>Caducidad desconocida</translation>
    </message>
</context>
<context>
    <name>EndpointBrowser</name>
    <message>
        <source>Search endpoints (Ctrl+F)</source>
        <translation>Buscar endpoints (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search endpoints</source>
        <translation>Buscar endpoints</translation>
    </message>
    <message>
        <source>Filters the catalog by path, method, summary, group or API</source>
        <translation>Filtra el catálogo por ruta, método, resumen, grupo o API</translation>
    </message>
    <message>
        <source>Endpoints</source>
        <translation>Endpoints</translation>
    </message>
    <message>
        <source>The catalog grouped as in Lofty&apos;s documentation; Enter picks one</source>
        <translation>El catálogo agrupado como en la documentación de Lofty; Intro elige uno</translation>
    </message>
    <message>
        <source>API: %1</source>
        <translation>API: %1</translation>
    </message>
</context>
<context>
    <name>EndpointCatalog</name>
    <message>
        <source>catalog</source>
        <translation>catálogo</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>JSON no válido: %1</translation>
    </message>
    <message>
        <source>the top level must be an object</source>
        <translation>el nivel superior debe ser un objeto</translation>
    </message>
    <message>
        <source>missing or not an array</source>
        <translation>falta o no es un array</translation>
    </message>
    <message>
        <source>missing, empty or not an array</source>
        <translation>falta, está vacío o no es un array</translation>
    </message>
    <message>
        <source>api #%1</source>
        <translation>api #%1</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>no es un objeto</translation>
    </message>
    <message>
        <source>api &apos;%1&apos;</source>
        <translation>api &apos;%1&apos;</translation>
    </message>
    <message>
        <source>listed twice</source>
        <translation>aparece dos veces</translation>
    </message>
    <message>
        <source>endpoint #%1</source>
        <translation>endpoint #%1</translation>
    </message>
    <message>
        <source>endpoint &apos;%1&apos;</source>
        <translation>endpoint &apos;%1&apos;</translation>
    </message>
    <message>
        <source>missing or empty</source>
        <translation>falta o está vacío</translation>
    </message>
    <message>
        <source>used by another endpoint too</source>
        <translation>también lo usa otro endpoint</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of %2</source>
        <translation>&apos;%1&apos; no es ninguno de %2</translation>
    </message>
    <message>
        <source>must start with &apos;/&apos;</source>
        <translation>debe empezar por &apos;/&apos;</translation>
    </message>
    <message>
        <source>a {placeholder} must fill a whole path segment</source>
        <translation>un {marcador} debe ocupar un segmento completo de la ruta</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not listed in &quot;apis&quot;</source>
        <translation>&apos;%1&apos; no figura en &quot;apis&quot;</translation>
    </message>
    <message>
        <source>[%1] does not match the placeholders of the path [%2]</source>
        <translation>[%1] no coincide con los marcadores de la ruta [%2]</translation>
    </message>
    <message>
        <source>must be a JSON object or array</source>
        <translation>debe ser un objeto o un array JSON</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>debe ser true o false</translation>
    </message>
    <message>
        <source>only a GET can be safe to probe</source>
        <translation>solo un GET puede ser seguro para sondear</translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation>debe ser un array</translation>
    </message>
    <message>
        <source>parameter listed twice</source>
        <translation>parámetro que aparece dos veces</translation>
    </message>
    <message>
        <source>an enum needs allowed values</source>
        <translation>un enum necesita valores permitidos</translation>
    </message>
    <message>
        <source>must be a 64-bit integer</source>
        <translation>debe ser un entero de 64 bits</translation>
    </message>
    <message>
        <source>is greater than maximum</source>
        <translation>es mayor que el máximo</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>falta</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>debe ser una cadena</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>está vacío</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1, field &apos;%2&apos;: %3</source>
        <translation>%1, campo &apos;%2&apos;: %3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a media type</source>
        <translation>&apos;%1&apos; no es un tipo de medio</translation>
    </message>
    <message>
        <source>must be an HTTP status (100-599)</source>
        <translation>debe ser un estado HTTP (100-599)</translation>
    </message>
</context>
<context>
    <name>EnvironmentDialog</name>
    <message>
        <source>Environment &quot;%1&quot;</source>
        <translation>Entorno &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Variable</source>
        <translation>Variable</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Secreto</translation>
    </message>
    <message>
        <source>Variables of the environment</source>
        <translation>Variables del entorno</translation>
    </message>
    <message>
        <source>&amp;Add variable</source>
        <translation>&amp;Añadir variable</translation>
    </message>
    <message>
        <source>&amp;Remove variable</source>
        <translation>&amp;Quitar variable</translation>
    </message>
    <message>
        <source>Secret values are kept in the system keychain, never in the collection&apos;s files.</source>
        <translation>Los valores secretos se guardan en el llavero del sistema, nunca en los archivos de la colección.</translation>
    </message>
    <message>
        <source>(not stored)</source>
        <translation>(no guardado)</translation>
    </message>
    <message>
        <source>(no keychain)</source>
        <translation>(sin llavero)</translation>
    </message>
    <message>
        <source>Secret value</source>
        <translation>Valor secreto</translation>
    </message>
    <message>
        <source>The keychain cannot be read: %1</source>
        <translation>No se puede leer el llavero: %1</translation>
    </message>
    <message>
        <source>No keychain is available: the secret %1 cannot be stored.</source>
        <translation>No hay ningún llavero disponible: no se puede guardar el secreto %1.</translation>
    </message>
    <message>
        <source>The secret %1 was not stored in the keychain: %2</source>
        <translation>El secreto %1 no se guardó en el llavero: %2</translation>
    </message>
</context>
<context>
    <name>ExpiryBar</name>
    <message>
        <source>Token expiry</source>
        <translation>Caducidad del token</translation>
    </message>
    <message>
        <source>Lifetime left</source>
        <translation>Vida útil restante</translation>
    </message>
    <message>
        <source>Does not expire (or expiry unknown)</source>
        <translation>No caduca (o caducidad desconocida)</translation>
    </message>
    <message>
        <source>No token</source>
        <translation>Sin token</translation>
    </message>
    <message>
        <source>Expires in %1</source>
        <translation>Caduca en %1</translation>
    </message>
    <message>
        <source>Expired %1 ago</source>
        <translation>Caducó hace %1</translation>
    </message>
    <message>
        <source>Refused by the server</source>
        <translation>Rechazado por el servidor</translation>
    </message>
</context>
<context>
    <name>FieldReader</name>
    <message>
        <source>is missing</source>
        <translation>falta</translation>
    </message>
    <message>
        <source>must be a string, not %1</source>
        <translation>debe ser una cadena, no %1</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>no debe estar vacío</translation>
    </message>
    <message>
        <source>must be true or false, not %1</source>
        <translation>debe ser true o false, no %1</translation>
    </message>
    <message>
        <source>must be an absolute http or https URL, not &quot;%1&quot;</source>
        <translation>debe ser una URL http o https absoluta, no &quot;%1&quot;</translation>
    </message>
    <message>
        <source>must be an array, not %1</source>
        <translation>debe ser un array, no %1</translation>
    </message>
    <message>
        <source>must be a non-empty string</source>
        <translation>debe ser una cadena no vacía</translation>
    </message>
    <message>
        <source>repeats &quot;%1&quot;</source>
        <translation>repite &quot;%1&quot;</translation>
    </message>
    <message>
        <source>is a secret; secrets are never read from or written to a profile file. Enter it in the console, which keeps it in the keychain</source>
        <translation>es un secreto; los secretos nunca se leen ni se escriben en un archivo de perfil. Introdúzcalo en la consola, que lo guarda en el llavero</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2, not %3</source>
        <translation>debe ser un número entero de %1 a %2, no %3</translation>
    </message>
</context>
<context>
    <name>FlowTimeline</name>
    <message>
        <source>Authorization steps</source>
        <translation>Pasos de la autorización</translation>
    </message>
    <message>
        <source>Each step of the attempt with its time and masked details</source>
        <translation>Cada paso del intento con su hora y detalles enmascarados</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Falló: %1</translation>
    </message>
    <message>
        <source>Failed step: %1. %2</source>
        <translation>Paso fallido: %1. %2</translation>
    </message>
    <message>
        <source>Step: %1. %2</source>
        <translation>Paso: %1. %2</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>No answer</source>
        <translation>Sin respuesta</translation>
    </message>
    <message>
        <source>%1 (code %2)</source>
        <translation>%1 (código %2)</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Network error</source>
        <translation>Error de red</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>Tiempo de espera agotado</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Redirect refused</source>
        <translation>Redirección rechazada</translation>
    </message>
    <message>
        <source>No credentials</source>
        <translation>Sin credenciales</translation>
    </message>
    <message>
        <source>Invalid request</source>
        <translation>Solicitud no válida</translation>
    </message>
    <message>
        <source>Bad request</source>
        <translation>Solicitud incorrecta</translation>
    </message>
    <message>
        <source>Unauthorized</source>
        <translation>No autorizado</translation>
    </message>
    <message>
        <source>API not granted</source>
        <translation>API no concedida</translation>
    </message>
    <message>
        <source>Permission denied</source>
        <translation>Permiso denegado</translation>
    </message>
    <message>
        <source>No access to the website</source>
        <translation>Sin acceso al sitio web</translation>
    </message>
    <message>
        <source>Team leads permission needed</source>
        <translation>Se necesita el permiso de leads del equipo</translation>
    </message>
    <message>
        <source>Forbidden</source>
        <translation>Prohibido</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>No encontrado</translation>
    </message>
    <message>
        <source>Rate limited</source>
        <translation>Límite de frecuencia alcanzado</translation>
    </message>
    <message>
        <source>Server error</source>
        <translation>Error del servidor</translation>
    </message>
    <message>
        <source>Business error</source>
        <translation>Error de negocio</translation>
    </message>
    <message>
        <source>HTTP error</source>
        <translation>Error HTTP</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Ruta</translation>
    </message>
    <message>
        <source>Body size</source>
        <translation>Tamaño del cuerpo</translation>
    </message>
    <message>
        <source>%1 (token renewed, sent again)</source>
        <translation>%1 (token renovado, se reenvió)</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Every exchange of this profile, secrets masked</source>
        <translation>Todos los intercambios de este perfil, con los secretos enmascarados</translation>
    </message>
    <message>
        <source>Endpoint filter</source>
        <translation>Filtro de endpoint</translation>
    </message>
    <message>
        <source>Show one endpoint only</source>
        <translation>Mostrar solo un endpoint</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filtro de estado</translation>
    </message>
    <message>
        <source>Show one class of status only</source>
        <translation>Mostrar solo una clase de estado</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <source>2xx success</source>
        <translation>2xx correcto</translation>
    </message>
    <message>
        <source>4xx client error</source>
        <translation>4xx error del cliente</translation>
    </message>
    <message>
        <source>5xx server error</source>
        <translation>5xx error del servidor</translation>
    </message>
    <message>
        <source>403 forbidden</source>
        <translation>403 prohibido</translation>
    </message>
    <message>
        <source>429 rate limited</source>
        <translation>429 límite de frecuencia</translation>
    </message>
    <message>
        <source>Account filter</source>
        <translation>Filtro de cuenta</translation>
    </message>
    <message>
        <source>Show one account only</source>
        <translation>Mostrar solo una cuenta</translation>
    </message>
    <message>
        <source>Text filter</source>
        <translation>Filtro de texto</translation>
    </message>
    <message>
        <source>Searches URLs, headers and bodies (Ctrl+F)</source>
        <translation>Busca en URL, cabeceras y cuerpos (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search text</source>
        <translation>Texto de búsqueda</translation>
    </message>
    <message>
        <source>&amp;Endpoint:</source>
        <translation>&amp;Endpoint:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>E&amp;stado:</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>&amp;Cuenta:</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>Te&amp;xto:</translation>
    </message>
    <message>
        <source>Exchanges</source>
        <translation>Intercambios</translation>
    </message>
    <message>
        <source>Newest first; Enter opens the selected one in Requests</source>
        <translation>Los más recientes primero; Intro abre el seleccionado en Solicitudes</translation>
    </message>
    <message>
        <source>Exchange details</source>
        <translation>Detalles del intercambio</translation>
    </message>
    <message>
        <source>The request and the response, secrets masked</source>
        <translation>La solicitud y la respuesta, con los secretos enmascarados</translation>
    </message>
    <message>
        <source>&amp;Open in Requests</source>
        <translation>&amp;Abrir en Solicitudes</translation>
    </message>
    <message>
        <source>Open in Requests</source>
        <translation>Abrir en Solicitudes</translation>
    </message>
    <message>
        <source>Loads the selected exchange into the Requests panel to send it again</source>
        <translation>Carga el intercambio seleccionado en el panel Solicitudes para volver a enviarlo</translation>
    </message>
    <message>
        <source>Any endpoint</source>
        <translation>Cualquier endpoint</translation>
    </message>
    <message>
        <source>Any account</source>
        <translation>Cualquier cuenta</translation>
    </message>
    <message>
        <source>This entry could not be read from the history file.</source>
        <translation>No se pudo leer esta entrada del archivo de historial.</translation>
    </message>
    <message>
        <source>→ %1 in %2 ms</source>
        <translation>→ %1 en %2 ms</translation>
    </message>
    <message>
        <source>… (cut: %1 bytes were received)</source>
        <translation>… (recortado: se recibieron %1 bytes)</translation>
    </message>
    <message>
        <source>Searching the history…</source>
        <translation>Buscando en el historial…</translation>
    </message>
    <message>
        <source>The token was refused; it was renewed and the request sent again (a later entry).</source>
        <translation>El token fue rechazado; se renovó y la solicitud se reenvió (una entrada posterior).</translation>
    </message>
</context>
<context>
    <name>JUnitReport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>JsonParseError</name>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>línea %1, columna %2: %3</translation>
    </message>
</context>
<context>
    <name>JsonPath</name>
    <message>
        <source>The expression is empty; it starts with $ (the whole body).</source>
        <translation>La expresión está vacía; empieza por $ (el cuerpo completo).</translation>
    </message>
    <message>
        <source>A JSONPath starts with $ (the whole body), not &quot;%1&quot;.</source>
        <translation>Un JSONPath empieza por $ (el cuerpo completo), no por &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1 at position %2.</source>
        <translation>%1 en la posición %2.</translation>
    </message>
    <message>
        <source>Expected &quot;.&quot; or &quot;[&quot; but found &quot;%1&quot;</source>
        <translation>Se esperaba &quot;.&quot; o &quot;[&quot;, pero se encontró &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot appear in a member name; use [&apos;…&apos;]</source>
        <translation>&quot;%1&quot; no puede aparecer en un nombre de miembro; use [&apos;…&apos;]</translation>
    </message>
    <message>
        <source>Expected a member name or * after &quot;.&quot;</source>
        <translation>Se esperaba un nombre de miembro o * después de &quot;.&quot;</translation>
    </message>
    <message>
        <source>Expected &quot;]&quot;</source>
        <translation>Se esperaba &quot;]&quot;</translation>
    </message>
    <message>
        <source>The quoted member name is not closed</source>
        <translation>El nombre de miembro entre comillas no está cerrado</translation>
    </message>
    <message>
        <source>Expected an index, * or a quoted name inside &quot;[…]&quot;</source>
        <translation>Se esperaba un índice, * o un nombre entre comillas dentro de &quot;[…]&quot;</translation>
    </message>
</context>
<context>
    <name>JsonReader</name>
    <message>
        <source>the text is too large (4 GiB or more)</source>
        <translation>el texto es demasiado grande (4 GiB o más)</translation>
    </message>
    <message>
        <source>unexpected text after the JSON value</source>
        <translation>texto inesperado después del valor JSON</translation>
    </message>
    <message>
        <source>parsing was cancelled</source>
        <translation>se canceló el análisis</translation>
    </message>
    <message>
        <source>unterminated object: expected &apos;,&apos; or &apos;}&apos;</source>
        <translation>objeto sin terminar: se esperaba &apos;,&apos; o &apos;}&apos;</translation>
    </message>
    <message>
        <source>unterminated array: expected &apos;,&apos; or &apos;]&apos;</source>
        <translation>array sin terminar: se esperaba &apos;,&apos; o &apos;]&apos;</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos; after an object member</source>
        <translation>se esperaba &apos;,&apos; o &apos;}&apos; después de un miembro del objeto</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos; after an array element</source>
        <translation>se esperaba &apos;,&apos; o &apos;]&apos; después de un elemento del array</translation>
    </message>
    <message>
        <source>the text is empty</source>
        <translation>el texto está vacío</translation>
    </message>
    <message>
        <source>unterminated object: expected a value</source>
        <translation>objeto sin terminar: se esperaba un valor</translation>
    </message>
    <message>
        <source>unterminated array: expected a value</source>
        <translation>array sin terminar: se esperaba un valor</translation>
    </message>
    <message>
        <source>trailing comma: expected a value</source>
        <translation>coma final: se esperaba un valor</translation>
    </message>
    <message>
        <source>expected a value</source>
        <translation>se esperaba un valor</translation>
    </message>
    <message>
        <source>unexpected character: expected a value</source>
        <translation>carácter inesperado: se esperaba un valor</translation>
    </message>
    <message>
        <source>unterminated object: expected a key</source>
        <translation>objeto sin terminar: se esperaba una clave</translation>
    </message>
    <message>
        <source>trailing comma: expected a key</source>
        <translation>coma final: se esperaba una clave</translation>
    </message>
    <message>
        <source>expected a string key</source>
        <translation>se esperaba una clave de tipo cadena</translation>
    </message>
    <message>
        <source>expected &apos;:&apos; after an object key</source>
        <translation>se esperaba &apos;:&apos; después de una clave del objeto</translation>
    </message>
    <message>
        <source>nesting is deeper than %1 levels</source>
        <translation>el anidamiento supera los %1 niveles</translation>
    </message>
    <message>
        <source>control character in a string (it must be escaped)</source>
        <translation>carácter de control en una cadena (debe escaparse)</translation>
    </message>
    <message>
        <source>unterminated string</source>
        <translation>cadena sin terminar</translation>
    </message>
    <message>
        <source>invalid escape sequence</source>
        <translation>secuencia de escape no válida</translation>
    </message>
    <message>
        <source>invalid \u escape: expected four hex digits</source>
        <translation>escape \u no válido: se esperaban cuatro dígitos hexadecimales</translation>
    </message>
    <message>
        <source>unpaired low surrogate in a \u escape</source>
        <translation>sustituto bajo sin pareja en un escape \u</translation>
    </message>
    <message>
        <source>unpaired high surrogate in a \u escape</source>
        <translation>sustituto alto sin pareja en un escape \u</translation>
    </message>
    <message>
        <source>invalid UTF-8 byte</source>
        <translation>byte UTF-8 no válido</translation>
    </message>
    <message>
        <source>truncated UTF-8 sequence</source>
        <translation>secuencia UTF-8 truncada</translation>
    </message>
    <message>
        <source>invalid UTF-8 sequence</source>
        <translation>secuencia UTF-8 no válida</translation>
    </message>
    <message>
        <source>invalid number: expected a digit</source>
        <translation>número no válido: se esperaba un dígito</translation>
    </message>
    <message>
        <source>invalid number: leading zeros are not allowed</source>
        <translation>número no válido: no se permiten ceros a la izquierda</translation>
    </message>
    <message>
        <source>invalid number: expected a digit after the decimal point</source>
        <translation>número no válido: se esperaba un dígito después del punto decimal</translation>
    </message>
    <message>
        <source>invalid number: expected a digit in the exponent</source>
        <translation>número no válido: se esperaba un dígito en el exponente</translation>
    </message>
    <message>
        <source>invalid literal: expected &apos;%1&apos;</source>
        <translation>literal no válido: se esperaba &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>JsonTreeModel</name>
    <message>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>(root)</source>
        <translation>(raíz)</translation>
    </message>
    <message numerus="yes">
        <source>[%n element(s)]</source>
        <translation>
            <numerusform>[%n elemento]</numerusform>
            <numerusform>[%n elementos]</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{%n member(s)}</source>
        <translation>
            <numerusform>{%n miembro}</numerusform>
            <numerusform>{%n miembros}</numerusform>
        </translation>
    </message>
    <message>
        <source>Null</source>
        <translation>Nulo</translation>
    </message>
    <message>
        <source>Bool</source>
        <translation>Booleano</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>String</source>
        <translation>Cadena</translation>
    </message>
    <message>
        <source>Array</source>
        <translation>Array</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objeto</translation>
    </message>
</context>
<context>
    <name>JsonValueLocator</name>
    <message>
        <source>&quot;%1&quot; is neither a JSON pointer (/a/0/b) nor a JSONPath ($.a[0].b).</source>
        <translation>&quot;%1&quot; no es ni un puntero JSON (/a/0/b) ni un JSONPath ($.a[0].b).</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: &quot;~&quot; must be followed by 0 or 1 in a JSON pointer.</source>
        <translation>&quot;%1&quot;: en un puntero JSON, &quot;~&quot; debe ir seguido de 0 o 1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names more than one value (wildcards and &quot;..&quot; are not supported here).</source>
        <translation>&quot;%1&quot; designa más de un valor (aquí no se admiten comodines ni &quot;..&quot;).</translation>
    </message>
</context>
<context>
    <name>JsonView</name>
    <message>
        <source>JSON view</source>
        <translation>Vista JSON</translation>
    </message>
    <message>
        <source>The body as a tree, as indented text and as received</source>
        <translation>El cuerpo como árbol, como texto con sangría y tal como se recibió</translation>
    </message>
    <message>
        <source>JSON tree</source>
        <translation>Árbol JSON</translation>
    </message>
    <message>
        <source>Keys, values and types; numbers are shown exactly as received</source>
        <translation>Claves, valores y tipos; los números se muestran exactamente como se recibieron</translation>
    </message>
    <message>
        <source>Indented JSON text</source>
        <translation>Texto JSON con sangría</translation>
    </message>
    <message>
        <source>Raw body</source>
        <translation>Cuerpo sin procesar</translation>
    </message>
    <message>
        <source>Body views</source>
        <translation>Vistas del cuerpo</translation>
    </message>
    <message>
        <source>&amp;Tree</source>
        <translation>Á&amp;rbol</translation>
    </message>
    <message>
        <source>&amp;Pretty</source>
        <translation>&amp;Formateado</translation>
    </message>
    <message>
        <source>Ra&amp;w</source>
        <translation>&amp;Sin procesar</translation>
    </message>
    <message>
        <source>Parsing the body</source>
        <translation>Analizando el cuerpo</translation>
    </message>
    <message>
        <source>The body is empty.</source>
        <translation>El cuerpo está vacío.</translation>
    </message>
    <message>
        <source>Not valid JSON: %1</source>
        <translation>JSON no válido: %1</translation>
    </message>
    <message>
        <source>Showing the first %1 MiB of %2 MiB; the tree shows everything. Save… or Copy all for the whole text.</source>
        <translation>Se muestran los primeros %1 MiB de %2 MiB; el árbol lo muestra todo. Use Guardar… o Copiar todo para el texto completo.</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Guardar…</translation>
    </message>
    <message>
        <source>Save the whole text to a file</source>
        <translation>Guardar el texto completo en un archivo</translation>
    </message>
    <message>
        <source>Copy all</source>
        <translation>Copiar todo</translation>
    </message>
    <message>
        <source>Copy the whole text to the clipboard</source>
        <translation>Copiar el texto completo al portapapeles</translation>
    </message>
    <message>
        <source>Save body</source>
        <translation>Guardar el cuerpo</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>Archivos JSON (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>No se pudo guardar %1: %2</translation>
    </message>
    <message>
        <source>Filter with a JSONPath: $.leads[0].id, $..id, $.leads[*].email</source>
        <translation>Filtrar con un JSONPath: $.leads[0].id, $..id, $.leads[*].email</translation>
    </message>
    <message>
        <source>JSONPath filter</source>
        <translation>Filtro JSONPath</translation>
    </message>
    <message>
        <source>Shows only the values the expression selects; Return applies it</source>
        <translation>Muestra solo los valores que selecciona la expresión; Intro la aplica</translation>
    </message>
    <message>
        <source>Not a JSONPath: %1</source>
        <translation>No es un JSONPath: %1</translation>
    </message>
    <message>
        <source>Matches of %1: the first %2 are shown</source>
        <translation>Coincidencias de %1: se muestran las %2 primeras</translation>
    </message>
    <message>
        <source>Matches of %1: %2</source>
        <translation>Coincidencias de %1: %2</translation>
    </message>
    <message>
        <source>Copy value</source>
        <translation>Copiar valor</translation>
    </message>
    <message>
        <source>Copy key</source>
        <translation>Copiar clave</translation>
    </message>
    <message>
        <source>Copy JSONPath</source>
        <translation>Copiar JSONPath</translation>
    </message>
    <message>
        <source>Copied the value of %1</source>
        <translation>Se copió el valor de %1</translation>
    </message>
    <message>
        <source>Copied the key %1</source>
        <translation>Se copió la clave %1</translation>
    </message>
    <message>
        <source>Copied the JSONPath %1</source>
        <translation>Se copió el JSONPath %1</translation>
    </message>
    <message>
        <source>Looking for %1…</source>
        <translation>Buscando %1…</translation>
    </message>
</context>
<context>
    <name>Jwt</name>
    <message>
        <source>Not a JWT: expected three parts separated by dots, found %1.</source>
        <translation>No es un JWT: se esperaban tres partes separadas por puntos y se encontraron %1.</translation>
    </message>
    <message>
        <source>Not a JWT: the header is not base64url-encoded JSON.</source>
        <translation>No es un JWT: la cabecera no es JSON codificado en base64url.</translation>
    </message>
    <message>
        <source>Not a JWT: the payload is not base64url-encoded JSON.</source>
        <translation>No es un JWT: la carga útil no es JSON codificado en base64url.</translation>
    </message>
    <message>
        <source>Not a JWT: the signature part is not base64url.</source>
        <translation>No es un JWT: la parte de la firma no es base64url.</translation>
    </message>
    <message>
        <source>Signature not verified: the console only decodes the token and cannot tell whether it is genuine.</source>
        <translation>Firma no verificada: la consola solo decodifica el token y no puede saber si es auténtico.</translation>
    </message>
</context>
<context>
    <name>KeyValueTable</name>
    <message>
        <source>Name and value pairs</source>
        <translation>Pares de nombre y valor</translation>
    </message>
    <message>
        <source>Edit a cell with F2 or by typing; empty names are ignored</source>
        <translation>Edite una celda con F2 o escribiendo; los nombres vacíos se ignoran</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>Añadir fila</translation>
    </message>
    <message>
        <source>Adds an empty name/value row</source>
        <translation>Añade una fila de nombre/valor vacía</translation>
    </message>
    <message>
        <source>Remove rows</source>
        <translation>Eliminar filas</translation>
    </message>
    <message>
        <source>Removes the selected rows</source>
        <translation>Elimina las filas seleccionadas</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Read only</source>
        <translation>Solo lectura</translation>
    </message>
</context>
<context>
    <name>KeychainBanner</name>
    <message>
        <source>Keychain problem</source>
        <translation>Problema con el llavero</translation>
    </message>
    <message>
        <source>&lt;b&gt;The keychain cannot keep secrets.&lt;/b&gt; %1 Tokens, keys and the client secret are kept in memory until the console closes; unlock or start your keyring to keep them.</source>
        <translation>&lt;b&gt;El llavero no puede guardar secretos.&lt;/b&gt; %1 Los tokens, las claves y el secreto de cliente se conservan en memoria hasta que se cierre la consola; desbloquee o inicie su depósito de claves para conservarlos.</translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>The keychain did not answer within %1 s; it may be waiting for an unlock prompt. Secrets are kept in memory for this session only. Unlock your keyring and restart the console to have them remembered.</source>
        <translation>El llavero no respondió en %1 s; puede que esté esperando un aviso de desbloqueo. Los secretos se guardan en memoria solo durante esta sesión. Desbloquee su depósito de claves y reinicie la consola para que se recuerden.</translation>
    </message>
    <message>
        <source>The keychain could not store the secret (%1). It is kept in memory for this session only.</source>
        <translation>El llavero no pudo guardar el secreto (%1). Se guarda en memoria solo durante esta sesión.</translation>
    </message>
    <message>
        <source>The keychain failed: %1</source>
        <translation>El llavero ha fallado: %1</translation>
    </message>
    <message>
        <source>The keychain accepted a secret but did not give it back (%1); the keyring may be locked. Secrets are kept in memory for this session only. Unlock your keyring and restart the console.</source>
        <translation>El llavero aceptó un secreto, pero no lo devolvió (%1); puede que el depósito de claves esté bloqueado. Los secretos se guardan en memoria solo durante esta sesión. Desbloquee el depósito de claves y reinicie la consola.</translation>
    </message>
    <message>
        <source>a different value</source>
        <translation>un valor distinto</translation>
    </message>
    <message>
        <source>The secret was forgotten for this session, but it may still be in the keychain: %1</source>
        <translation>El secreto se ha olvidado para esta sesión, pero puede que siga en el llavero: %1</translation>
    </message>
    <message>
        <source>Secrets are kept in memory for this session only; nothing is written to disk.</source>
        <translation>Los secretos se guardan en memoria solo durante esta sesión; no se escribe nada en el disco.</translation>
    </message>
    <message>
        <source>Access to the keychain was refused. %1 Allow access when asked, then restart the console.</source>
        <translation>Se ha denegado el acceso al llavero. %1 Permita el acceso cuando se le pida y reinicie la consola.</translation>
    </message>
    <message>
        <source>No keychain is reachable: there is no D-Bus session with a Secret Service (%1). %2 Start the console inside a desktop session with GNOME Keyring or KWallet running, then restart it.</source>
        <translation>No hay ningún llavero accesible: no existe una sesión de D-Bus con un Secret Service (%1). %2 Inicie la consola en una sesión de escritorio con GNOME Keyring o KWallet en ejecución y vuelva a iniciarla.</translation>
    </message>
    <message>
        <source>The keyring is locked or has no default collection (%1). %2 Unlock it (log in to the desktop, or run gnome-keyring-daemon --unlock), then restart the console.</source>
        <translation>El depósito de claves está bloqueado o no tiene una colección predeterminada (%1). %2 Desbloquéelo (inicie sesión en el escritorio o ejecute gnome-keyring-daemon --unlock) y reinicie la consola.</translation>
    </message>
    <message>
        <source>The keychain cannot be used (%1). %2 Check that a Secret Service (GNOME Keyring, KWallet) is running and unlocked, then restart the console.</source>
        <translation>No se puede usar el llavero (%1). %2 Compruebe que hay un Secret Service (GNOME Keyring, KWallet) en ejecución y desbloqueado, y reinicie la consola.</translation>
    </message>
</context>
<context>
    <name>LoftyError</name>
    <message>
        <source>The server answered HTTP %1 but reported failure in the body: code %2, &quot;%3&quot;. Lofty reports some failures this way, so this call did not succeed.</source>
        <translation>El servidor respondió HTTP %1, pero indicó un fallo en el cuerpo: código %2, &quot;%3&quot;. Lofty notifica algunos fallos de esta manera, así que esta llamada no tuvo éxito.</translation>
    </message>
    <message>
        <source>Check the identifiers and values you sent; the message above names the problem.</source>
        <translation>Compruebe los identificadores y valores que envió; el mensaje anterior indica el problema.</translation>
    </message>
    <message>
        <source>The server answered with a redirect that was not followed.</source>
        <translation>El servidor respondió con una redirección que no se ha seguido.</translation>
    </message>
    <message>
        <source>Check the base URL of the profile; Lofty&apos;s API is served from https://api.lofty.com.</source>
        <translation>Compruebe la URL base del perfil; la API de Lofty se sirve desde https://api.lofty.com.</translation>
    </message>
    <message>
        <source>The credentials were missing, invalid or expired (%1). The access token may have expired, been revoked, or been invalidated because an API was added to the app.</source>
        <translation>Las credenciales faltaban, no eran válidas o habían caducado (%1). Puede que el token de acceso haya caducado, se haya revocado o se haya invalidado porque se añadió una API a la app.</translation>
    </message>
    <message>
        <source>no code</source>
        <translation>sin código</translation>
    </message>
    <message>
        <source>Refresh the token, or authorize the account again. For an API key, check that it is still Active in Personal Settings &gt; Integrations &gt; API Keys.</source>
        <translation>Renueve el token o vuelva a autorizar la cuenta. Si es una clave de API, compruebe que sigue activa (Active) en Personal Settings &gt; Integrations &gt; API Keys.</translation>
    </message>
    <message>
        <source>The resource does not exist or this account has no access to it. Lofty answers 404 for both, and briefly for a lead that was just created.</source>
        <translation>El recurso no existe o esta cuenta no tiene acceso a él. Lofty responde 404 en ambos casos, y también durante un breve tiempo para un lead recién creado.</translation>
    </message>
    <message>
        <source>Check the identifiers in the path and that the account can see the record; retry a freshly created lead after a moment.</source>
        <translation>Compruebe los identificadores de la ruta y que la cuenta puede ver el registro; vuelva a intentarlo con un lead recién creado pasado un momento.</translation>
    </message>
    <message>
        <source>Lofty limits requests per app, not per account: 100 per minute in Development mode, 500 per minute in Production, over a 60-second window. Every account of the app shares that budget.</source>
        <translation>Lofty limita las solicitudes por app, no por cuenta: 100 por minuto en el modo Development y 500 por minuto en Production, en una ventana de 60 segundos. Todas las cuentas de la app comparten ese cupo.</translation>
    </message>
    <message>
        <source>Wait until the window resets (X-RateLimit-Reset); the console holds further requests back until then. Publish the app to Production for the higher limit.</source>
        <translation>Espere a que se restablezca la ventana (X-RateLimit-Reset); hasta entonces, la consola retiene las solicitudes siguientes. Publique la app en Production para obtener el límite más alto.</translation>
    </message>
    <message>
        <source>The server failed while handling the request; the request itself may be fine.</source>
        <translation>El servidor falló al procesar la solicitud; puede que la solicitud en sí sea correcta.</translation>
    </message>
    <message>
        <source>Retry later. If it keeps failing for the same request, report it to Lofty with the time and the request (copy it as curl, secrets stay masked).</source>
        <translation>Vuelva a intentarlo más tarde. Si sigue fallando con la misma solicitud, notifíquelo a Lofty con la hora y la solicitud (cópiela como curl; los secretos siguen enmascarados).</translation>
    </message>
    <message>
        <source>The server answered with a status the console does not expect.</source>
        <translation>El servidor respondió con un estado que la consola no espera.</translation>
    </message>
    <message>
        <source>Check the base URL of the profile.</source>
        <translation>Compruebe la URL base del perfil.</translation>
    </message>
    <message>
        <source>The server rejected the request&apos;s parameters or body.</source>
        <translation>El servidor rechazó los parámetros o el cuerpo de la solicitud.</translation>
    </message>
    <message>
        <source>Compare the parameters with the endpoint&apos;s description in the catalog; the server said: &quot;%1&quot;.</source>
        <translation>Compare los parámetros con la descripción del endpoint en el catálogo; el servidor dijo: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The credentials are valid but the request is not allowed.</source>
        <translation>Las credenciales son válidas, pero la solicitud no está permitida.</translation>
    </message>
    <message>
        <source>The server refused the connection: nothing listens at that address and port.</source>
        <translation>El servidor rechazó la conexión: no hay nada escuchando en esa dirección y puerto.</translation>
    </message>
    <message>
        <source>The host name could not be resolved.</source>
        <translation>No se pudo resolver el nombre de host.</translation>
    </message>
    <message>
        <source>The server closed the connection before answering completely.</source>
        <translation>El servidor cerró la conexión antes de terminar de responder.</translation>
    </message>
    <message>
        <source>The TLS handshake failed; the server&apos;s certificate was not accepted.</source>
        <translation>Falló el protocolo de enlace TLS; no se aceptó el certificado del servidor.</translation>
    </message>
    <message>
        <source>The connection timed out.</source>
        <translation>Se agotó el tiempo de espera de la conexión.</translation>
    </message>
    <message>
        <source>The request failed before an answer arrived.</source>
        <translation>La solicitud falló antes de que llegara una respuesta.</translation>
    </message>
    <message>
        <source>Network error</source>
        <translation>Error de red</translation>
    </message>
    <message>
        <source>Check the base URL, your connection and any proxy settings, then retry.</source>
        <translation>Compruebe la URL base, su conexión y la configuración del proxy, y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>Tiempo de espera agotado</translation>
    </message>
    <message numerus="yes">
        <source>No data arrived for %n second(s).</source>
        <translation>
            <numerusform>No llegaron datos durante %n segundo.</numerusform>
            <numerusform>No llegaron datos durante %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Retry; if the server is slow, raise the request timeout.</source>
        <translation>Vuelva a intentarlo; si el servidor es lento, aumente el tiempo de espera de las solicitudes.</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>The request was cancelled before it completed.</source>
        <translation>La solicitud se canceló antes de completarse.</translation>
    </message>
    <message>
        <source>Redirect to another host refused</source>
        <translation>Redirección a otro host rechazada</translation>
    </message>
    <message>
        <source>%1 redirected to %2. Following it would send the account&apos;s credentials to another host, so the console stopped.</source>
        <translation>%1 redirigió a %2. Seguir la redirección enviaría las credenciales de la cuenta a otro host, así que la consola se detuvo.</translation>
    </message>
    <message>
        <source>Call the target URL directly if you trust it, or correct the profile&apos;s base URL.</source>
        <translation>Llame directamente a la URL de destino si confía en ella, o corrija la URL base del perfil.</translation>
    </message>
    <message>
        <source>Server message: %1</source>
        <translation>Mensaje del servidor: %1</translation>
    </message>
    <message>
        <source>No valid credentials</source>
        <translation>Sin credenciales válidas</translation>
    </message>
    <message>
        <source>The request was not sent: no valid token could be had for the account. %1</source>
        <translation>La solicitud no se envió: no se pudo obtener un token válido para la cuenta. %1</translation>
    </message>
    <message>
        <source>Authorize the account again, or paste a valid API key or access token.</source>
        <translation>Vuelva a autorizar la cuenta o pegue una clave de API o un token de acceso válidos.</translation>
    </message>
    <message>
        <source>Invalid request</source>
        <translation>Solicitud no válida</translation>
    </message>
    <message>
        <source>Enter an absolute URL (https://api.lofty.com/v1.0/me) or a path such as /v1.0/me.</source>
        <translation>Introduzca una URL absoluta (https://api.lofty.com/v1.0/me) o una ruta como /v1.0/me.</translation>
    </message>
    <message>
        <source>%1 (HTTP %2)</source>
        <translation>%1 (HTTP %2)</translation>
    </message>
    <message>
        <source>%1: %2 (HTTP %3)</source>
        <translation>%1: %2 (HTTP %3)</translation>
    </message>
    <message>
        <source>Lofty reported this failure with HTTP %1, so the call did not succeed.</source>
        <translation>Lofty notificó este fallo con HTTP %1, así que la llamada no tuvo éxito.</translation>
    </message>
    <message>
        <source>Business error</source>
        <translation>Error de negocio</translation>
    </message>
    <message>
        <source>Redirect</source>
        <translation>Redirección</translation>
    </message>
    <message>
        <source>Not authorized</source>
        <translation>No autorizado</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>No encontrado</translation>
    </message>
    <message>
        <source>Rate limit reached</source>
        <translation>Límite de frecuencia alcanzado</translation>
    </message>
    <message>
        <source>Server error</source>
        <translation>Error del servidor</translation>
    </message>
    <message>
        <source>Unexpected HTTP status</source>
        <translation>Estado HTTP inesperado</translation>
    </message>
    <message>
        <source>Bad request</source>
        <translation>Solicitud incorrecta</translation>
    </message>
    <message>
        <source>Forbidden</source>
        <translation>Prohibido</translation>
    </message>
    <message>
        <source>Check the app&apos;s granted APIs in the Registration panel (Developer Portal, Permissions tab) and the account&apos;s role.</source>
        <translation>Compruebe las API concedidas a la app en el panel Registro (Developer Portal, pestaña Permissions) y el rol de la cuenta.</translation>
    </message>
</context>
<context>
    <name>LoftyErrorBanner</name>
    <message>
        <source>Open &amp;Registration</source>
        <translation>Abrir &amp;Registro</translation>
    </message>
    <message>
        <source>Error explanation</source>
        <translation>Explicación del error</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Shows the Registration panel to grant the missing API</source>
        <translation>Muestra el panel Registro para conceder la API que falta</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <source>Cause: %1</source>
        <translation>Causa: %1</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Qué hacer: %1</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Información</translation>
    </message>
</context>
<context>
    <name>LoopbackReplyHandler</name>
    <message>
        <source>The request is larger than %1 KiB.</source>
        <translation>La solicitud ocupa más de %1 KiB.</translation>
    </message>
    <message>
        <source>The request is not HTTP/1.x.</source>
        <translation>La solicitud no es HTTP/1.x.</translation>
    </message>
    <message>
        <source>Only GET is answered here, not %1.</source>
        <translation>Aquí solo se responde a GET, no a %1.</translation>
    </message>
    <message>
        <source>Nothing is served at this path.</source>
        <translation>En esta ruta no se sirve nada.</translation>
    </message>
    <message>
        <source>The callback repeats a parameter.</source>
        <translation>El callback repite un parámetro.</translation>
    </message>
    <message>
        <source>No attempt is waiting for this answer.</source>
        <translation>Ningún intento está esperando esta respuesta.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Current panel</source>
        <translation>Panel actual</translation>
    </message>
    <message>
        <source>Panels</source>
        <translation>Paneles</translation>
    </message>
    <message>
        <source>Choose the panel to show; Ctrl+1 to Ctrl+6 switch directly.</source>
        <translation>Elija el panel que desea ver; de Ctrl+1 a Ctrl+6 se cambia directamente.</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Your app&apos;s registration and granted APIs</source>
        <translation>El registro de su app y las API concedidas</translation>
    </message>
    <message>
        <source>Authorize</source>
        <translation>Autorizar</translation>
    </message>
    <message>
        <source>Authorize test accounts with any grant</source>
        <translation>Autorice cuentas de prueba con cualquier tipo de concesión</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>Inspect, refresh and forget tokens</source>
        <translation>Inspeccione, renueve y olvide tokens</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Ámbitos</translation>
    </message>
    <message>
        <source>Which APIs your app may call</source>
        <translation>Qué API puede llamar su app</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Solicitudes</translation>
    </message>
    <message>
        <source>Send requests to the API</source>
        <translation>Envíe solicitudes a la API</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Every exchange, secrets masked</source>
        <translation>Cada intercambio, con los secretos enmascarados</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>Switch &amp;Profile</source>
        <translation>Cambiar de &amp;perfil</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>Pantalla &amp;completa</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;About Lofty Developer Console</source>
        <translation>&amp;Acerca de la Consola para desarrolladores de Lofty</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Perfil:</translation>
    </message>
    <message>
        <source>The provider, app registration and accounts to work with (Ctrl+Shift+P)</source>
        <translation>El proveedor, el registro de la app y las cuentas con las que trabajar (Ctrl+Mayús+P)</translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation>Perfil: %1</translation>
    </message>
    <message>
        <source>No account</source>
        <translation>Sin cuenta</translation>
    </message>
    <message>
        <source>Account: %1</source>
        <translation>Cuenta: %1</translation>
    </message>
    <message>
        <source>No token</source>
        <translation>Sin token</translation>
    </message>
    <message>
        <source>Token expires %1</source>
        <translation>El token caduca: %1</translation>
    </message>
    <message>
        <source>Token does not expire</source>
        <translation>El token no caduca</translation>
    </message>
    <message>
        <source>Token: %1 left</source>
        <translation>Token: quedan %1</translation>
    </message>
    <message>
        <source>Token expired</source>
        <translation>Token caducado</translation>
    </message>
    <message>
        <source>Sandbox (not Lofty)</source>
        <translation>Sandbox (no es Lofty)</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>The built-in sandbox&apos;s test accounts, apps and fault switches</source>
        <translation>Las cuentas de prueba, las apps y los interruptores de fallos del sandbox integrado</translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>Colecciones</translation>
    </message>
    <message>
        <source>Saved requests, variables and runs</source>
        <translation>Solicitudes guardadas, variables y ejecuciones</translation>
    </message>
    <message>
        <source>Webhooks</source>
        <translation>Webhooks</translation>
    </message>
    <message>
        <source>Subscriptions and a local receiver for deliveries</source>
        <translation>Suscripciones y un receptor local para las entregas</translation>
    </message>
    <message>
        <source>&amp;Update API Catalog…</source>
        <translation>&amp;Actualizar catálogo de API…</translation>
    </message>
    <message>
        <source>&amp;Profiles…</source>
        <translation>&amp;Perfiles…</translation>
    </message>
    <message>
        <source>Acco&amp;unt:</source>
        <translation>C&amp;uenta:</translation>
    </message>
</context>
<context>
    <name>OAuthFlow</name>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>The attempt was cancelled.</source>
        <translation>Se canceló el intento.</translation>
    </message>
    <message>
        <source>The authorization was cancelled.</source>
        <translation>Se canceló la autorización.</translation>
    </message>
</context>
<context>
    <name>OpenApiImporter</name>
    <message>
        <source>The API grants file is not a JSON object: %1</source>
        <translation>El archivo de concesiones de API no es un objeto JSON: %1</translation>
    </message>
    <message>
        <source>The API grants file names no id or api for &quot;%1&quot;</source>
        <translation>El archivo de concesiones de API no indica id ni api para &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The document is %1 MB; at most %2 MB are read</source>
        <translation>El documento ocupa %1 MB; se leen como máximo %2 MB</translation>
    </message>
    <message>
        <source>The document is not valid JSON: %1</source>
        <translation>El documento no es JSON válido: %1</translation>
    </message>
    <message>
        <source>The document is Swagger 2.0; only OpenAPI 3.0 and 3.1 are read</source>
        <translation>El documento es Swagger 2.0; solo se leen OpenAPI 3.0 y 3.1</translation>
    </message>
    <message>
        <source>The document is not OpenAPI 3.0 or 3.1 (no &quot;openapi&quot;: &quot;3.x&quot; at the top)</source>
        <translation>El documento no es OpenAPI 3.0 ni 3.1 (falta &quot;openapi&quot;: &quot;3.x&quot; en el nivel superior)</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>Generated by the console&apos;s OpenAPI importer from &quot;%1&quot; version %2 (OpenAPI %3).</source>
        <translation>Generado por el importador OpenAPI de la consola a partir de &quot;%1&quot;, versión %2 (OpenAPI %3).</translation>
    </message>
    <message>
        <source>The document gives a catalog the console cannot use:
%1</source>
        <translation>El documento produce un catálogo que la consola no puede usar:
%1</translation>
    </message>
    <message>
        <source>The document has no &quot;paths&quot;: there are no operations to import</source>
        <translation>El documento no tiene &quot;paths&quot;: no hay operaciones que importar</translation>
    </message>
    <message>
        <source>The path &quot;%1&quot; does not start with &quot;/&quot;</source>
        <translation>La ruta &quot;%1&quot; no empieza por &quot;/&quot;</translation>
    </message>
    <message>
        <source>The path &quot;%1&quot; is not an object</source>
        <translation>La ruta &quot;%1&quot; no es un objeto</translation>
    </message>
    <message>
        <source>%1 %2 is not an object</source>
        <translation>%1 %2 no es un objeto</translation>
    </message>
    <message>
        <source>The document has more than %1 operations</source>
        <translation>El documento tiene más de %1 operaciones</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otros</translation>
    </message>
    <message>
        <source>The document has no GET, POST, PUT, PATCH or DELETE operation</source>
        <translation>El documento no tiene ninguna operación GET, POST, PUT, PATCH ni DELETE</translation>
    </message>
</context>
<context>
    <name>OpenApiSchema</name>
    <message>
        <source>the reference &quot;%1&quot; points outside the document; only local references (#/...) are read</source>
        <translation>la referencia &quot;%1&quot; apunta fuera del documento; solo se leen referencias locales (#/...)</translation>
    </message>
    <message>
        <source>the reference &quot;%1&quot; is not a JSON pointer</source>
        <translation>la referencia &quot;%1&quot; no es un puntero JSON</translation>
    </message>
    <message>
        <source>the reference &quot;%1&quot; points to nothing</source>
        <translation>la referencia &quot;%1&quot; no apunta a nada</translation>
    </message>
    <message>
        <source>the reference &quot;%1&quot; refers to itself</source>
        <translation>la referencia &quot;%1&quot; se refiere a sí misma</translation>
    </message>
    <message>
        <source>references nest deeper than %1 at &quot;%2&quot;</source>
        <translation>las referencias se anidan a más de %1 niveles en &quot;%2&quot;</translation>
    </message>
    <message>
        <source>allOf nests deeper than %1</source>
        <translation>allOf se anida a más de %1 niveles</translation>
    </message>
    <message>
        <source>a schema expands to more than %1 sample values</source>
        <translation>un esquema se expande a más de %1 valores de ejemplo</translation>
    </message>
</context>
<context>
    <name>PageFetcher</name>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>No account to send as.</source>
        <translation>No hay ninguna cuenta con la que enviar.</translation>
    </message>
    <message>
        <source>Page %1: %2</source>
        <translation>Página %1: %2</translation>
    </message>
    <message>
        <source>Page %1 holds no list of items.</source>
        <translation>La página %1 no contiene ninguna lista de elementos.</translation>
    </message>
    <message>
        <source>Page %1 is not JSON: %2</source>
        <translation>La página %1 no es JSON: %2</translation>
    </message>
    <message>
        <source>Stopped after %1 pages.</source>
        <translation>Detenido tras %1 páginas.</translation>
    </message>
</context>
<context>
    <name>PostmanImport</name>
    <message>
        <source>This is not JSON: %1 at byte %2.</source>
        <translation>Esto no es JSON: %1 en el byte %2.</translation>
    </message>
    <message>
        <source>This is not a Postman collection: the file holds no JSON object.</source>
        <translation>Esto no es una colección de Postman: el archivo no contiene ningún objeto JSON.</translation>
    </message>
    <message>
        <source>This is a Postman collection in the old v1 format: export it again from Postman as &quot;Collection v2.1&quot;.</source>
        <translation>Esta es una colección de Postman en el antiguo formato v1: vuelva a exportarla desde Postman como &quot;Collection v2.1&quot;.</translation>
    </message>
    <message>
        <source>This is not a Postman collection: info.schema does not name the v2.1 collection schema.</source>
        <translation>Esto no es una colección de Postman: info.schema no indica el esquema de colección v2.1.</translation>
    </message>
    <message>
        <source>Imported from Postman</source>
        <translation>Importado de Postman</translation>
    </message>
    <message>
        <source>The collection</source>
        <translation>La colección</translation>
    </message>
    <message>
        <source>The collection&apos;s scripts were not imported: use captures and assertions.</source>
        <translation>No se importaron los scripts de la colección: use capturas y aserciones.</translation>
    </message>
    <message>
        <source>The Postman collection &quot;%1&quot; holds no request.</source>
        <translation>La colección de Postman &quot;%1&quot; no contiene ninguna solicitud.</translation>
    </message>
    <message>
        <source>The value of the variable &quot;%1&quot; was not imported: it is a secret variable now; set its value in the keychain.</source>
        <translation>No se importó el valor de la variable &quot;%1&quot;: ahora es una variable secreta; establezca su valor en el llavero.</translation>
    </message>
    <message>
        <source>Folder &quot;%1&quot;</source>
        <translation>Carpeta &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Folder &quot;%1&quot;: its scripts were not imported.</source>
        <translation>Carpeta &quot;%1&quot;: no se importaron sus scripts.</translation>
    </message>
    <message>
        <source>Request &quot;%1&quot;</source>
        <translation>Solicitud &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 was skipped: it is neither a request nor a folder.</source>
        <translation>Se omitió %1: no es una solicitud ni una carpeta.</translation>
    </message>
    <message>
        <source>%1: its Authorization header was not imported; requests are sent with the selected account&apos;s credentials.</source>
        <translation>%1: no se importó su encabezado Authorization; las solicitudes se envían con las credenciales de la cuenta seleccionada.</translation>
    </message>
    <message>
        <source>%1: the values of %2 were replaced by {{variables}} of those names (secret variables; set their values in the keychain).</source>
        <translation>%1: los valores de %2 se sustituyeron por {{variables}} con esos nombres (variables secretas; establezca sus valores en el llavero).</translation>
    </message>
    <message>
        <source>%1: the disabled query parameter &quot;%2&quot; was left out.</source>
        <translation>%1: se omitió el parámetro de consulta desactivado &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1: its %2 body was not imported (only raw and urlencoded bodies are).</source>
        <translation>%1: no se importó su cuerpo %2 (solo se importan los cuerpos raw y urlencoded).</translation>
    </message>
    <message>
        <source>%1: its pre-request script was not imported.</source>
        <translation>%1: no se importó su script previo a la solicitud.</translation>
    </message>
    <message>
        <source>%1: its test script became %2 capture(s) and %3 assertion(s)</source>
        <translation>%1: su script de prueba se convirtió en %2 captura(s) y %3 aserción(es)</translation>
    </message>
    <message numerus="yes">
        <source>; %n line(s) were not translated</source>
        <translation>
            <numerusform>; %n línea no se tradujo</numerusform>
            <numerusform>; %n líneas no se tradujeron</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: its %2 authorization was not imported; requests are sent with the selected account&apos;s credentials.</source>
        <translation>%1: no se importó su autorización %2; las solicitudes se envían con las credenciales de la cuenta seleccionada.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB: not a collection export.</source>
        <translation>%1 ocupa más de %2 MB: no es una exportación de colección.</translation>
    </message>
    <message>
        <source>%1 already exists and is not empty: choose a new folder for the collection.</source>
        <translation>%1 ya existe y tiene contenido: elija una carpeta nueva para la colección.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
    <message>
        <source>Cannot write in %1: %2</source>
        <translation>No se puede escribir en %1: %2</translation>
    </message>
    <message>
        <source>Cannot move the imported collection to %1.</source>
        <translation>No se puede mover la colección importada a %1.</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>My Lofty app</source>
        <translation>Mi app de Lofty</translation>
    </message>
    <message>
        <source>The built-in sandbox&apos;s web app (not Lofty)</source>
        <translation>La aplicación web del sandbox integrado (no Lofty)</translation>
    </message>
    <message>
        <source>The redirect host must be 127.0.0.1 or localhost (the listener binds 127.0.0.1 only), not &quot;%1&quot;.</source>
        <translation>El host de redirección debe ser 127.0.0.1 o localhost (el receptor solo escucha en 127.0.0.1), no &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The redirect path must start with / and have no query or fragment, not &quot;%1&quot;.</source>
        <translation>La ruta de redirección debe empezar por / y no tener consulta ni fragmento, no &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>ProfileCatalog</name>
    <message>
        <source>There is no usable catalog to keep.</source>
        <translation>No hay ningún catálogo utilizable que conservar.</translation>
    </message>
    <message>
        <source>%1 cannot be removed.</source>
        <translation>%1 no se puede eliminar.</translation>
    </message>
</context>
<context>
    <name>ProfileCatalogStore</name>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>ProfileExchange</name>
    <message>
        <source>The file is not valid JSON (%1 at offset %2).</source>
        <translation>El archivo no es JSON válido (%1 en la posición %2).</translation>
    </message>
    <message>
        <source>The file must hold a JSON object.</source>
        <translation>El archivo debe contener un objeto JSON.</translation>
    </message>
    <message>
        <source>must be &quot;%1&quot;: this is not an exported console profile</source>
        <translation>debe ser &quot;%1&quot;: no es un perfil exportado de la consola</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>debe ser un número entero</translation>
    </message>
    <message>
        <source>%1 is not supported; this console reads version %2</source>
        <translation>%1 no se admite; esta consola lee la versión %2</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>falta</translation>
    </message>
</context>
<context>
    <name>ProfileJson</name>
    <message>
        <source>&quot;%1&quot; is not an authorize style; expected standard or loftyVendorAuth</source>
        <translation>&quot;%1&quot; no es un estilo de autorización; se esperaba standard o loftyVendorAuth</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a client authentication method; expected requestBody or httpBasic</source>
        <translation>&quot;%1&quot; no es un método de autenticación del cliente; se esperaba requestBody o httpBasic</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>falta</translation>
    </message>
</context>
<context>
    <name>ProfilePresets</name>
    <message>
        <source>a non-empty name</source>
        <translation>un nombre no vacío</translation>
    </message>
    <message>
        <source>an absolute http(s) URL</source>
        <translation>una URL http(s) absoluta</translation>
    </message>
    <message>
        <source>requestBody or httpBasic</source>
        <translation>requestBody o httpBasic</translation>
    </message>
    <message>
        <source>any text (empty: not sent)</source>
        <translation>cualquier texto (vacío: no se envía)</translation>
    </message>
    <message>
        <source>the client id from the portal</source>
        <translation>el ID de cliente del portal</translation>
    </message>
    <message>
        <source>127.0.0.1 or localhost</source>
        <translation>127.0.0.1 o localhost</translation>
    </message>
    <message>
        <source>0 (any free port) to 65535</source>
        <translation>de 0 (cualquier puerto libre) a 65535</translation>
    </message>
    <message>
        <source>a path starting with /</source>
        <translation>una ruta que empiece por /</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true o false</translation>
    </message>
    <message>
        <source>the RFC 9207 issuer (empty: not checked)</source>
        <translation>el emisor RFC 9207 (vacío: no se comprueba)</translation>
    </message>
    <message>
        <source>empty or a path starting with /</source>
        <translation>vacío o una ruta que empiece por /</translation>
    </message>
    <message>
        <source>0 (unknown) to 36500</source>
        <translation>de 0 (desconocido) a 36500</translation>
    </message>
    <message>
        <source>development, underReview, production or declined (as the portal shows it)</source>
        <translation>development, underReview, production o declined (como lo muestra el portal)</translation>
    </message>
    <message>
        <source>Lofty (developer.lofty.com)</source>
        <translation>Lofty (developer.lofty.com)</translation>
    </message>
    <message>
        <source>Lofty, help-center token endpoint (HTTP Basic + client_id)</source>
        <translation>Lofty, endpoint de token del centro de ayuda (HTTP Basic + client_id)</translation>
    </message>
    <message>
        <source>Sandbox (built in, not Lofty)</source>
        <translation>Sandbox (integrado, no es Lofty)</translation>
    </message>
    <message>
        <source>Generic OAuth 2.0 server</source>
        <translation>Servidor OAuth 2.0 genérico</translation>
    </message>
    <message>
        <source>My OAuth app</source>
        <translation>Mi app OAuth</translation>
    </message>
    <message>
        <source>A profile needs a name.</source>
        <translation>Un perfil necesita un nombre.</translation>
    </message>
    <message>
        <source>There is already a profile named &quot;%1&quot;.</source>
        <translation>Ya existe un perfil llamado &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1: expected %2, not &quot;%3&quot;.</source>
        <translation>%1: se esperaba %2, no &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>Unknown key &quot;%1&quot;; the keys are: %2.</source>
        <translation>Clave desconocida &quot;%1&quot;; las claves son: %2.</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>%1 was missing.</source>
        <translation>Faltaba %1.</translation>
    </message>
    <message>
        <source>%1 cannot be read (%2). It was left as it is and changes will not be saved until it can be read; the console uses the preset profiles meanwhile.</source>
        <translation>No se puede leer %1 (%2). Se ha dejado tal cual y los cambios no se guardarán hasta que se pueda leer; mientras tanto, la consola usa los perfiles predefinidos.</translation>
    </message>
    <message>
        <source>It could not be set aside, so it was left as it is and changes will not be saved.</source>
        <translation>No se pudo apartar, así que se ha dejado tal cual y los cambios no se guardarán.</translation>
    </message>
    <message>
        <source>It was set aside as %1; nothing in it was deleted.</source>
        <translation>Se ha apartado como %1; no se ha eliminado nada de su contenido.</translation>
    </message>
    <message>
        <source>The profiles that could be read were kept: %1.</source>
        <translation>Se han conservado los perfiles que se pudieron leer: %1.</translation>
    </message>
    <message>
        <source>Your profiles were restored from the backup saved %1.</source>
        <translation>Sus perfiles se han restaurado desde la copia de seguridad guardada el %1.</translation>
    </message>
    <message>
        <source>There is no usable backup; the console starts with the preset profiles.</source>
        <translation>No hay ninguna copia de seguridad utilizable; la consola se inicia con los perfiles predefinidos.</translation>
    </message>
    <message>
        <source>%1 is empty, probably cut short by a crash or a full disk.</source>
        <translation>%1 está vacío, probablemente truncado por un bloqueo o por un disco lleno.</translation>
    </message>
    <message>
        <source>%1 ends too early (after %2 bytes): it was cut short, probably by a crash or a full disk.</source>
        <translation>%1 termina antes de tiempo (tras %2 bytes): quedó truncado, probablemente por un bloqueo o por un disco lleno.</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2 at byte %3.</source>
        <translation>%1 no es JSON válido: %2 en el byte %3.</translation>
    </message>
    <message>
        <source>the file must hold a JSON object</source>
        <translation>el archivo debe contener un objeto JSON</translation>
    </message>
    <message>
        <source>%1 has values of the wrong type or not allowed here: %2.</source>
        <translation>%1 tiene valores de un tipo incorrecto o no permitidos aquí: %2.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of the console (file format %2; this version reads up to %3).</source>
        <translation>%1 lo escribió una versión más reciente de la consola (formato de archivo %2; esta versión lee hasta el %3).</translation>
    </message>
    <message>
        <source>must be &quot;%1&quot;</source>
        <translation>debe ser &quot;%1&quot;</translation>
    </message>
    <message>
        <source>must be a whole number from 1 to %1</source>
        <translation>debe ser un número entero de 1 a %1</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>debe ser una cadena</translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation>debe ser una matriz</translation>
    </message>
    <message>
        <source>repeats the profile id &quot;%1&quot;</source>
        <translation>repite el id de perfil &quot;%1&quot;</translation>
    </message>
    <message>
        <source>A profile needs an id.</source>
        <translation>Un perfil necesita un id.</translation>
    </message>
    <message>
        <source>There is no profile with the id %1.</source>
        <translation>No hay ningún perfil con el id %1.</translation>
    </message>
    <message>
        <source>The built-in Sandbox profile cannot be deleted.</source>
        <translation>El perfil Sandbox integrado no se puede eliminar.</translation>
    </message>
    <message>
        <source>There is no account %1 in profile %2.</source>
        <translation>No hay ninguna cuenta %1 en el perfil %2.</translation>
    </message>
    <message>
        <source>Profiles are not saved: %1</source>
        <translation>Los perfiles no se guardan: %1</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
    <message>
        <source>%1 changed on disk and is no longer usable; it could not be set aside, so it was not overwritten.</source>
        <translation>%1 ha cambiado en el disco y ya no es utilizable; no se pudo apartar, así que no se ha sobrescrito.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; carries a secret and cannot be a stored extra parameter: the console adds client secrets, customer keys and tokens from the keychain.</source>
        <translation>«%1» contiene un secreto y no puede guardarse como parámetro adicional: la consola añade los secretos de cliente, las claves de cliente y los tokens desde el llavero.</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; needs an API base URL (such as https://api.lofty.com): tokens are only ever sent to that host.</source>
        <translation>El perfil &quot;%1&quot; necesita una URL base de la API (como https://api.lofty.com): los tokens solo se envían a ese host.</translation>
    </message>
    <message>
        <source>The API base URL &quot;%1&quot; of the profile &quot;%2&quot; is not an absolute http(s) URL with a host, such as https://api.lofty.com.</source>
        <translation>La URL base de la API &quot;%1&quot; del perfil &quot;%2&quot; no es una URL http(s) absoluta con host, como https://api.lofty.com.</translation>
    </message>
    <message>
        <source>%1 is being changed by another process (lock file %2.lock); try again.</source>
        <translation>Otro proceso está modificando %1 (archivo de bloqueo %2.lock); vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>There is already a profile with the id %1 (&quot;%2&quot;); it was left as it is.</source>
        <translation>Ya existe un perfil con el id %1 (&quot;%2&quot;); se dejó como estaba.</translation>
    </message>
</context>
<context>
    <name>ProfilesDialog</name>
    <message>
        <source>Profiles</source>
        <translation>Perfiles</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Nombre del perfil</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>Plantilla</translation>
    </message>
    <message>
        <source>&amp;New from preset</source>
        <translation>Nue&amp;vo desde plantilla</translation>
    </message>
    <message>
        <source>A new profile from the chosen preset, named as typed (or after the preset)</source>
        <translation>Un perfil nuevo a partir de la plantilla elegida, con el nombre escrito (o el de la plantilla)</translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation>&amp;Duplicar</translation>
    </message>
    <message>
        <source>A copy of the selected profile&apos;s setup, without its accounts</source>
        <translation>Una copia de la configuración del perfil seleccionado, sin sus cuentas</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Renombrar</translation>
    </message>
    <message>
        <source>Give the selected profile the name typed above</source>
        <translation>Da al perfil seleccionado el nombre escrito arriba</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>&amp;Eliminar…</translation>
    </message>
    <message>
        <source>Delete the selected profile and its keychain entries (asks first)</source>
        <translation>Elimina el perfil seleccionado y sus entradas del llavero (pide confirmación)</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <source>Add a profile from an exported file</source>
        <translation>Añade un perfil desde un archivo exportado</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <source>Save the selected profile&apos;s setup to share: no secrets, no accounts</source>
        <translation>Guarda la configuración del perfil seleccionado para compartirla: sin secretos ni cuentas</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Preset:</source>
        <translation>&amp;Plantilla:</translation>
    </message>
    <message>
        <source>Import a profile</source>
        <translation>Importar un perfil</translation>
    </message>
    <message>
        <source>Console profiles (*.json)</source>
        <translation>Perfiles de la consola (*.json)</translation>
    </message>
    <message>
        <source>Export the profile</source>
        <translation>Exportar el perfil</translation>
    </message>
    <message>
        <source>%1 (in use)</source>
        <translation>%1 (en uso)</translation>
    </message>
    <message>
        <source>Created &quot;%1&quot; from the %2 preset.</source>
        <translation>Se creó &quot;%1&quot; a partir de la plantilla %2.</translation>
    </message>
    <message>
        <source>Select a profile first.</source>
        <translation>Seleccione primero un perfil.</translation>
    </message>
    <message>
        <source>%1 copy</source>
        <translation>%1 (copia)</translation>
    </message>
    <message>
        <source>Duplicated as &quot;%1&quot; (without accounts).</source>
        <translation>Duplicado como &quot;%1&quot; (sin cuentas).</translation>
    </message>
    <message>
        <source>Renamed to &quot;%1&quot;.</source>
        <translation>Renombrado como &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>Eliminar perfil</translation>
    </message>
    <message numerus="yes">
        <source>Delete &quot;%1&quot; with its %n account(s)? Its client secret and every token it keeps are removed from the keychain too.</source>
        <translation>
            <numerusform>¿Eliminar &quot;%1&quot; y %n cuenta asociada? Su secreto de cliente y todos los tokens que guarda también se eliminarán del llavero.</numerusform>
            <numerusform>¿Eliminar &quot;%1&quot; y sus %n cuentas asociadas? Su secreto de cliente y todos los tokens que guarda también se eliminarán del llavero.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted &quot;%1&quot; and its keychain entries.</source>
        <translation>Se eliminó &quot;%1&quot; y sus entradas del llavero.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a usable profile: %2</source>
        <translation>%1 no es un perfil utilizable: %2</translation>
    </message>
    <message>
        <source>Imported &quot;%1&quot;.</source>
        <translation>Se importó &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Exported &quot;%1&quot; to %2 (no secrets, no accounts).</source>
        <translation>Se exportó &quot;%1&quot; a %2 (sin secretos ni cuentas).</translation>
    </message>
</context>
<context>
    <name>RateLimiter</name>
    <message>
        <source>The server answered 429 Too Many Requests.</source>
        <translation>El servidor respondió 429 Too Many Requests.</translation>
    </message>
</context>
<context>
    <name>RateMeter</name>
    <message>
        <source>Rate limit</source>
        <translation>Límite de frecuencia</translation>
    </message>
    <message>
        <source>Rate limit used</source>
        <translation>Límite de frecuencia consumido</translation>
    </message>
    <message>
        <source>Rate: unknown</source>
        <translation>Frecuencia: desconocida</translation>
    </message>
    <message>
        <source>No rate limit known yet</source>
        <translation>Aún no se conoce el límite de frecuencia</translation>
    </message>
    <message>
        <source>Rate: %1/%2</source>
        <translation>Frecuencia: %1/%2</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 requests used in this window; resets in %n second(s)</source>
        <translation>
            <numerusform>%1 de %2 solicitudes usadas en esta ventana; se restablece en %n segundo</numerusform>
            <numerusform>%1 de %2 solicitudes usadas en esta ventana; se restablece en %n segundos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RegistrationLint</name>
    <message>
        <source>No client id: copy it from the Developer Portal&apos;s app table.</source>
        <translation>No hay client id: cópielo de la tabla de apps del Developer Portal.</translation>
    </message>
    <message>
        <source>The console receives the authorization on %1, which is not among the app&apos;s redirect URIs. Register %2 in the Developer Portal (a loopback URI matches any port).</source>
        <translation>La consola recibe la autorización en %1, que no está entre las URI de redirección de la app. Registre %2 en el Developer Portal (una URI loopback coincide con cualquier puerto).</translation>
    </message>
    <message>
        <source>%1 uses plain http on a non-loopback host; authorization codes would travel unencrypted.</source>
        <translation>%1 usa http simple en un host que no es loopback; los códigos de autorización viajarían sin cifrar.</translation>
    </message>
    <message>
        <source>No API is granted: every request will be refused with 403 (code 200100).</source>
        <translation>No hay ninguna API concedida: todas las solicitudes se rechazarán con 403 (código 200100).</translation>
    </message>
    <message>
        <source>%1 mode allows %2 requests per minute for the whole app.</source>
        <translation>El modo %1 permite %2 solicitudes por minuto para toda la app.</translation>
    </message>
    <message>
        <source>The server reports a limit of %1 requests per minute, not the %2 of %3 mode: the mode recorded here may be out of date, or the endpoint has its own limit.</source>
        <translation>El servidor indica un límite de %1 solicitudes por minuto, no las %2 del modo %3: puede que el modo registrado aquí esté desactualizado o que el endpoint tenga su propio límite.</translation>
    </message>
    <message>
        <source>Removes %1: existing tokens keep working for the other APIs.</source>
        <translation>Quita %1: los tokens existentes siguen funcionando para las demás API.</translation>
    </message>
    <message>
        <source>Renames the app; tokens are not affected.</source>
        <translation>Cambia el nombre de la app; los tokens no se ven afectados.</translation>
    </message>
    <message>
        <source>Changes the description; tokens are not affected.</source>
        <translation>Cambia la descripción; los tokens no se ven afectados.</translation>
    </message>
    <message>
        <source>Changes the website; tokens are not affected.</source>
        <translation>Cambia el sitio web; los tokens no se ven afectados.</translation>
    </message>
    <message>
        <source>Changes the redirect URIs; tokens are not affected, but new authorizations must use a registered URI.</source>
        <translation>Cambia las URI de redirección; los tokens no se ven afectados, pero las nuevas autorizaciones deben usar una URI registrada.</translation>
    </message>
    <message>
        <source>Changes the client id: this is another app, and the accounts authorized under the old one do not carry over.</source>
        <translation>Cambia el client id: es otra app, y las cuentas autorizadas con la anterior no se transfieren.</translation>
    </message>
    <message>
        <source>Mode %1 → %2: the rate limit becomes %3 requests per minute.</source>
        <translation>Modo %1 → %2: el límite de frecuencia pasa a ser de %3 solicitudes por minuto.</translation>
    </message>
    <message>
        <source>Under review: the approved configuration keeps running (with Production&apos;s limit) until Lofty publishes the pending edit; edits are locked until then.</source>
        <translation>En revisión: la configuración aprobada sigue en funcionamiento (con el límite de Producción) hasta que Lofty publique la edición pendiente; hasta entonces no se puede editar.</translation>
    </message>
    <message>
        <source>Under review: the app keeps Development&apos;s limits until Lofty approves it; edits are locked until then.</source>
        <translation>En revisión: la app mantiene los límites de Desarrollo hasta que Lofty la apruebe; hasta entonces no se puede editar.</translation>
    </message>
    <message>
        <source>Declined: read Lofty&apos;s e-mail for the reason, edit the app and resubmit it.</source>
        <translation>Rechazada: consulte el motivo en el correo de Lofty, edite la app y vuelva a enviarla.</translation>
    </message>
    <message>
        <source>Declined: %1 Edit the app and resubmit it.</source>
        <translation>Rechazada: %1 Edite la app y vuelva a enviarla.</translation>
    </message>
    <message>
        <source>The pending edit adds %1: when it is published, every token of the app stops working and each account must authorize again.</source>
        <translation>La edición pendiente añade %1: cuando se publique, todos los tokens de la app dejarán de funcionar y cada cuenta tendrá que volver a autorizarse.</translation>
    </message>
    <message>
        <source>Adds %1: every existing token of the app stops working at once and each user has to authorize again.</source>
        <translation>Añade %1: todos los tokens existentes de la app dejan de funcionar de inmediato y cada usuario tendrá que volver a autorizarla.</translation>
    </message>
    <message>
        <source>Adds %1: when Lofty publishes the edit, every existing token of the app stops working and each user has to authorize again.</source>
        <translation>Añade %1: cuando Lofty publique la edición, todos los tokens existentes de la app dejarán de funcionar y cada usuario tendrá que volver a autorizarla.</translation>
    </message>
    <message numerus="yes">
        <source>Changing the client id makes this another app: %n account(s) authorized under the old one will need re-authorization.</source>
        <translation>
            <numerusform>Cambiar el ID de cliente convierte esto en otra app: %n cuenta autorizada con el anterior tendrá que volver a autorizarse.</numerusform>
            <numerusform>Cambiar el ID de cliente convierte esto en otra app: %n cuentas autorizadas con el anterior tendrán que volver a autorizarse.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Adding %1 invalidates every token of the app now: %n account(s) will need re-authorization.</source>
        <translation>
            <numerusform>Añadir %1 invalida ahora todos los tokens de la app: %n cuenta tendrá que volver a autorizarse.</numerusform>
            <numerusform>Añadir %1 invalida ahora todos los tokens de la app: %n cuentas tendrán que volver a autorizarse.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Adding %1 invalidates every token of the app when the edit is published: %n account(s) will need re-authorization then.</source>
        <translation>
            <numerusform>Añadir %1 invalida todos los tokens de la app cuando se publique la edición: %n cuenta tendrá que volver a autorizarse entonces.</numerusform>
            <numerusform>Añadir %1 invalida todos los tokens de la app cuando se publique la edición: %n cuentas tendrán que volver a autorizarse entonces.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Changing the redirect URIs keeps existing tokens (0 of %n account(s) need re-authorization now), but every new authorization must use one of the new URIs.</source>
        <translation>
            <numerusform>Cambiar las URI de redirección conserva los tokens existentes (0 de %n cuenta necesita volver a autorizarse ahora), pero cada nueva autorización debe usar una de las URI nuevas.</numerusform>
            <numerusform>Cambiar las URI de redirección conserva los tokens existentes (0 de %n cuentas necesitan volver a autorizarse ahora), pero cada nueva autorización debe usar una de las URI nuevas.</numerusform>
        </translation>
    </message>
    <message>
        <source>The redirect URIs change too: the re-authorizations must use one of the new URIs.</source>
        <translation>Las URI de redirección también cambian: las nuevas autorizaciones deben usar una de las URI nuevas.</translation>
    </message>
</context>
<context>
    <name>RegistrationPanel</name>
    <message>
        <source>Registration</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Your app&apos;s registration, provider endpoints and granted APIs</source>
        <translation>El registro de su app, los endpoints del proveedor y las API concedidas</translation>
    </message>
    <message>
        <source>Sandbox: edits go to the built-in sandbox&apos;s admin API and take effect at once.</source>
        <translation>Sandbox: los cambios se envían a la API de administración del sandbox integrado y se aplican de inmediato.</translation>
    </message>
    <message>
        <source>Registration findings</source>
        <translation>Observaciones sobre el registro</translation>
    </message>
    <message>
        <source>Problems Lofty&apos;s portal or OAuth server would have with this registration</source>
        <translation>Problemas que el portal o el servidor OAuth de Lofty tendrían con este registro</translation>
    </message>
    <message>
        <source>Pending changes</source>
        <translation>Cambios pendientes</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Save the registration (Ctrl+S)</source>
        <translation>Guardar el registro (Ctrl+S)</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>Re&amp;vertir</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Revertir</translation>
    </message>
    <message>
        <source>Discard the unsaved edits</source>
        <translation>Descartar los cambios no guardados</translation>
    </message>
    <message>
        <source>App (as the Developer Portal shows it)</source>
        <translation>App (tal como la muestra el Developer Portal)</translation>
    </message>
    <message>
        <source>App name</source>
        <translation>Nombre de la app</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Sitio web</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>ID de cliente</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Secreto de cliente</translation>
    </message>
    <message>
        <source>Kept in the keychain, never in the profile file; leave empty to keep the stored one</source>
        <translation>Se guarda en el llavero, nunca en el archivo de perfil; déjelo vacío para conservar el almacenado</translation>
    </message>
    <message>
        <source>unchanged (stored in the keychain)</source>
        <translation>sin cambios (almacenado en el llavero)</translation>
    </message>
    <message>
        <source>Redirect URIs</source>
        <translation>URI de redirección</translation>
    </message>
    <message>
        <source>One per line; loopback URIs match any port</source>
        <translation>Una por línea; las URI loopback coinciden con cualquier puerto</translation>
    </message>
    <message>
        <source>Rate limit</source>
        <translation>Límite de frecuencia</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>Sitio &amp;web:</translation>
    </message>
    <message>
        <source>Client &amp;ID:</source>
        <translation>&amp;ID de cliente:</translation>
    </message>
    <message>
        <source>Client s&amp;ecret:</source>
        <translation>S&amp;ecreto de cliente:</translation>
    </message>
    <message>
        <source>Redirect &amp;URIs:</source>
        <translation>&amp;URI de redirección:</translation>
    </message>
    <message>
        <source>Rate limit:</source>
        <translation>Límite de frecuencia:</translation>
    </message>
    <message>
        <source>Provider endpoints</source>
        <translation>Endpoints del proveedor</translation>
    </message>
    <message>
        <source>Authorize URL</source>
        <translation>URL de autorización</translation>
    </message>
    <message>
        <source>Lofty vendor-auth page (clientId parameter)</source>
        <translation>Página vendor-auth de Lofty (parámetro clientId)</translation>
    </message>
    <message>
        <source>Vendor-auth authorize style</source>
        <translation>Estilo de autorización vendor-auth</translation>
    </message>
    <message>
        <source>Token URL</source>
        <translation>URL de token</translation>
    </message>
    <message>
        <source>API base URL</source>
        <translation>URL base de la API</translation>
    </message>
    <message>
        <source>Client authentication</source>
        <translation>Autenticación del cliente</translation>
    </message>
    <message>
        <source>How the client secret reaches the token endpoint</source>
        <translation>Cómo llega el secreto de cliente al endpoint de token</translation>
    </message>
    <message>
        <source>Secret in the request body</source>
        <translation>Secreto en el cuerpo de la solicitud</translation>
    </message>
    <message>
        <source>HTTP Basic</source>
        <translation>HTTP Basic</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Ámbito</translation>
    </message>
    <message>
        <source>Sent when not empty; Lofty answers openApi</source>
        <translation>Se envía si no está vacío; Lofty responde openApi</translation>
    </message>
    <message>
        <source>Extra authorize parameters</source>
        <translation>Parámetros de autorización adicionales</translation>
    </message>
    <message>
        <source>Extra token parameters</source>
        <translation>Parámetros de token adicionales</translation>
    </message>
    <message>
        <source>&amp;Authorize URL:</source>
        <translation>URL de autori&amp;zación:</translation>
    </message>
    <message>
        <source>&amp;Token URL:</source>
        <translation>URL de &amp;token:</translation>
    </message>
    <message>
        <source>API &amp;base URL:</source>
        <translation>URL &amp;base de la API:</translation>
    </message>
    <message>
        <source>S&amp;cope:</source>
        <translation>Ámbit&amp;o:</translation>
    </message>
    <message>
        <source>Extra authorize parameters:</source>
        <translation>Parámetros de autorización adicionales:</translation>
    </message>
    <message>
        <source>Extra token parameters:</source>
        <translation>Parámetros de token adicionales:</translation>
    </message>
    <message>
        <source>Granted APIs</source>
        <translation>API concedidas</translation>
    </message>
    <message>
        <source>The APIs the portal grants this app, grouped as in the catalog; Space toggles one</source>
        <translation>Las API que el portal concede a esta app, agrupadas como en el catálogo; Espacio activa o desactiva una</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) per minute</source>
        <translation>
            <numerusform>%n solicitud por minuto</numerusform>
            <numerusform>%n solicitudes por minuto</numerusform>
        </translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>No se han encontrado problemas.</translation>
    </message>
    <message>
        <source>Breaking: adding %1 invalidates every token of this app; each account must be authorized again.</source>
        <translation>Cambio incompatible: añadir %1 invalida todos los tokens de esta app; hay que volver a autorizar cada cuenta.</translation>
    </message>
    <message>
        <source>Provider settings changed.</source>
        <translation>Se ha cambiado la configuración del proveedor.</translation>
    </message>
    <message>
        <source>No unsaved changes.</source>
        <translation>No hay cambios sin guardar.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>No se ha guardado: %1</translation>
    </message>
    <message>
        <source>App registration and provider settings</source>
        <translation>Registro de la app y ajustes del proveedor</translation>
    </message>
    <message>
        <source>The keychain is unavailable: kept in memory for this run only, never in the profile file</source>
        <translation>El llavero no está disponible: se guarda en memoria solo durante esta ejecución, nunca en el archivo del perfil</translation>
    </message>
    <message>
        <source>unchanged (kept for this run only)</source>
        <translation>sin cambios (guardado solo durante esta ejecución)</translation>
    </message>
    <message>
        <source>Recorded mode</source>
        <translation>Modo anotado</translation>
    </message>
    <message>
        <source>The mode the Developer Portal shows, set by hand (drops a pending edit); the lifecycle buttons above follow Lofty&apos;s rules</source>
        <translation>El modo que muestra el Developer Portal, fijado a mano (descarta una edición pendiente); los botones de ciclo de vida de arriba siguen las reglas de Lofty</translation>
    </message>
    <message>
        <source>Recorded &amp;mode:</source>
        <translation>&amp;Modo anotado:</translation>
    </message>
    <message>
        <source>Lifecycle (as the Developer Portal runs it)</source>
        <translation>Ciclo de vida (como lo gestiona el Developer Portal)</translation>
    </message>
    <message>
        <source>Lifecycle state</source>
        <translation>Estado del ciclo de vida</translation>
    </message>
    <message>
        <source>Approved configuration</source>
        <translation>Configuración aprobada</translation>
    </message>
    <message>
        <source>What the app runs on while an edit is reviewed</source>
        <translation>Con qué funciona la app mientras se revisa una edición</translation>
    </message>
    <message>
        <source>Pending edit</source>
        <translation>Edición pendiente</translation>
    </message>
    <message>
        <source>The edit waiting for review, as it differs from the approved configuration</source>
        <translation>La edición en espera de revisión, en lo que difiere de la configuración aprobada</translation>
    </message>
    <message>
        <source>Decline reason</source>
        <translation>Motivo del rechazo</translation>
    </message>
    <message>
        <source>Submit for review</source>
        <translation>Enviar a revisión</translation>
    </message>
    <message>
        <source>Send the app to Lofty&apos;s review (Development or Declined)</source>
        <translation>Envía la app a la revisión de Lofty (Desarrollo o Rechazada)</translation>
    </message>
    <message>
        <source>Cancel pending edit</source>
        <translation>Cancelar edición pendiente</translation>
    </message>
    <message>
        <source>Withdraw the edit under review; the approved configuration stays</source>
        <translation>Retira la edición en revisión; se mantiene la configuración aprobada</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Publicar</translation>
    </message>
    <message>
        <source>The review approves: the pending edit takes effect</source>
        <translation>La revisión aprueba: la edición pendiente entra en vigor</translation>
    </message>
    <message>
        <source>Reason to decline</source>
        <translation>Motivo para rechazar</translation>
    </message>
    <message>
        <source>reason (from Lofty&apos;s e-mail)</source>
        <translation>motivo (del correo de Lofty)</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Rechazar</translation>
    </message>
    <message>
        <source>The review declines, for the reason given</source>
        <translation>La revisión rechaza, por el motivo indicado</translation>
    </message>
    <message>
        <source>Redirect (loopback listener)</source>
        <translation>Redirección (receptor loopback)</translation>
    </message>
    <message>
        <source>Redirect host</source>
        <translation>Host de redirección</translation>
    </message>
    <message>
        <source>127.0.0.1 (RFC 8252 prefers the IP literal) or localhost for providers that insist on it</source>
        <translation>127.0.0.1 (RFC 8252 prefiere la IP literal) o localhost para los proveedores que lo exigen</translation>
    </message>
    <message>
        <source>Redirect port</source>
        <translation>Puerto de redirección</translation>
    </message>
    <message>
        <source>A fixed port for portals that need an exact redirect URI; 0 picks a free port at each sign-in</source>
        <translation>Un puerto fijo para los portales que exigen una URI de redirección exacta; 0 elige un puerto libre en cada inicio de sesión</translation>
    </message>
    <message>
        <source>any free port</source>
        <translation>cualquier puerto libre</translation>
    </message>
    <message>
        <source>Redirect path</source>
        <translation>Ruta de redirección</translation>
    </message>
    <message>
        <source>PKCE also with the client secret</source>
        <translation>PKCE también con el secreto de cliente</translation>
    </message>
    <message>
        <source>PKCE with the client secret</source>
        <translation>PKCE con el secreto de cliente</translation>
    </message>
    <message>
        <source>RFC 9700 advises PKCE for every client; turn off only for a provider that refuses it</source>
        <translation>RFC 9700 recomienda PKCE para todos los clientes; desactívelo solo para un proveedor que lo rechace</translation>
    </message>
    <message>
        <source>Redirect URI sent</source>
        <translation>URI de redirección enviada</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>&amp;Puerto:</translation>
    </message>
    <message>
        <source>Sent:</source>
        <translation>Enviada:</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <source>Breaking when published: adding %1 invalidates every token of this app then; each account must be authorized again.</source>
        <translation>Incompatible al publicarse: añadir %1 invalidará entonces todos los tokens de esta app; habrá que volver a autorizar cada cuenta.</translation>
    </message>
    <message>
        <source>A Production app&apos;s edits go through review: saving submits this as a pending edit; the approved configuration keeps running meanwhile.</source>
        <translation>Las ediciones de una app en Producción pasan por revisión: al guardar, esto se envía como edición pendiente; mientras tanto, la configuración aprobada sigue en funcionamiento.</translation>
    </message>
    <message>
        <source>Breaking change</source>
        <translation>Cambio incompatible</translation>
    </message>
    <message>
        <source>Continue?</source>
        <translation>¿Continuar?</translation>
    </message>
    <message>
        <source>Not done: %1</source>
        <translation>No realizado: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n request(s) per minute</source>
        <translation>
            <numerusform>%1 — %n solicitud por minuto</numerusform>
            <numerusform>%1 — %n solicitudes por minuto</numerusform>
        </translation>
    </message>
    <message>
        <source>. The approved configuration keeps running; edits are locked until the review ends or the pending edit is cancelled.</source>
        <translation>. La configuración aprobada sigue en funcionamiento; no se puede editar hasta que termine la revisión o se cancele la edición pendiente.</translation>
    </message>
    <message>
        <source>. First review: edits are locked until it ends.</source>
        <translation>. Primera revisión: no se puede editar hasta que termine.</translation>
    </message>
    <message>
        <source>Declined: the reason is in Lofty&apos;s e-mail.</source>
        <translation>Rechazada: el motivo está en el correo de Lofty.</translation>
    </message>
    <message>
        <source>Declined: %1</source>
        <translation>Rechazada: %1</translation>
    </message>
    <message>
        <source>Approved (in force): %1; APIs: %2</source>
        <translation>Aprobada (en vigor): %1; API: %2</translation>
    </message>
    <message>
        <source>Pending edit: %1</source>
        <translation>Edición pendiente: %1</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>sin cambios</translation>
    </message>
    <message>
        <source>Resubmit</source>
        <translation>Volver a enviar</translation>
    </message>
    <message>
        <source>Mark as published</source>
        <translation>Marcar como publicada</translation>
    </message>
    <message>
        <source>Mark as declined</source>
        <translation>Marcar como rechazada</translation>
    </message>
    <message>
        <source>%1 — &lt;port&gt; is the free port bound at each sign-in; register %2 (a loopback URI matches any port).</source>
        <translation>%1 — &lt;port&gt; es el puerto libre que se abre en cada inicio de sesión; registre %2 (una URI loopback coincide con cualquier puerto).</translation>
    </message>
    <message>
        <source>&amp;Path:</source>
        <translation>R&amp;uta:</translation>
    </message>
    <message>
        <source>C&amp;lient authentication:</source>
        <translation>Autenticación del c&amp;liente:</translation>
    </message>
</context>
<context>
    <name>RequestAssertion</name>
    <message>
        <source>status is %1</source>
        <translation>el estado es %1</translation>
    </message>
    <message>
        <source>Lofty code is 0</source>
        <translation>el código de Lofty es 0</translation>
    </message>
    <message>
        <source>%1 exists</source>
        <translation>%1 existe</translation>
    </message>
    <message>
        <source>%1 equals %2</source>
        <translation>%1 es igual a %2</translation>
    </message>
    <message>
        <source>%1 matches /%2/</source>
        <translation>%1 coincide con /%2/</translation>
    </message>
    <message>
        <source>time below %1 ms</source>
        <translation>tiempo inferior a %1 ms</translation>
    </message>
    <message>
        <source>expected status %1, got %2</source>
        <translation>se esperaba el estado %1 y se obtuvo %2</translation>
    </message>
    <message>
        <source>took %1 ms, limit %2 ms</source>
        <translation>tardó %1 ms, límite %2 ms</translation>
    </message>
    <message>
        <source>the response body is not JSON</source>
        <translation>el cuerpo de la respuesta no es JSON</translation>
    </message>
    <message>
        <source>nothing at %1</source>
        <translation>no hay nada en %1</translation>
    </message>
    <message>
        <source>%1 is %2, expected %3</source>
        <translation>%1 es %2, se esperaba %3</translation>
    </message>
    <message>
        <source>%1 is %2, which does not match /%3/</source>
        <translation>%1 es %2, que no coincide con /%3/</translation>
    </message>
    <message>
        <source>HTTP status %1</source>
        <translation>Estado HTTP %1</translation>
    </message>
    <message>
        <source>Lofty code %1</source>
        <translation>Código de Lofty %1</translation>
    </message>
    <message>
        <source>Lofty code %1: %2</source>
        <translation>Código de Lofty %1: %2</translation>
    </message>
    <message>
        <source>&quot;check&quot; must be status, loftyCode, exists, equals, matches or timeBelow, not &quot;%1&quot;</source>
        <translation>&quot;check&quot; debe ser status, loftyCode, exists, equals, matches o timeBelow, no &quot;%1&quot;</translation>
    </message>
    <message>
        <source>check &quot;%1&quot; needs a whole number (&quot;%2&quot;)</source>
        <translation>la comprobación &quot;%1&quot; necesita un número entero (&quot;%2&quot;)</translation>
    </message>
    <message>
        <source>check &quot;matches&quot;: bad pattern /%1/: %2</source>
        <translation>comprobación &quot;matches&quot;: patrón no válido /%1/: %2</translation>
    </message>
    <message>
        <source>check &quot;%1&quot; needs a &quot;path&quot;</source>
        <translation>la comprobación &quot;%1&quot; necesita un &quot;path&quot;</translation>
    </message>
</context>
<context>
    <name>RequestCapture</name>
    <message>
        <source>no response arrived</source>
        <translation>no llegó ninguna respuesta</translation>
    </message>
    <message>
        <source>the response has no header &quot;%1&quot;</source>
        <translation>la respuesta no tiene la cabecera &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the response body is not JSON</source>
        <translation>el cuerpo de la respuesta no es JSON</translation>
    </message>
    <message>
        <source>nothing at %1 in the response</source>
        <translation>no hay nada en %1 en la respuesta</translation>
    </message>
    <message>
        <source>a capture must be an object</source>
        <translation>una captura debe ser un objeto</translation>
    </message>
    <message>
        <source>a capture needs a &quot;variable&quot; name</source>
        <translation>una captura necesita un nombre de &quot;variable&quot;</translation>
    </message>
    <message>
        <source>capture &quot;%1&quot; needs a &quot;header&quot; name</source>
        <translation>la captura &quot;%1&quot; necesita un nombre de &quot;header&quot;</translation>
    </message>
    <message>
        <source>capture &quot;%1&quot;: &quot;from&quot; must be body, header or status, not &quot;%2&quot;</source>
        <translation>captura &quot;%1&quot;: &quot;from&quot; debe ser body, header o status, no &quot;%2&quot;</translation>
    </message>
</context>
<context>
    <name>RequestEditor</name>
    <message>
        <source>Pick an endpoint, or type a URL.</source>
        <translation>Elija un endpoint o escriba una URL.</translation>
    </message>
    <message>
        <source>HTTP method</source>
        <translation>Método HTTP</translation>
    </message>
    <message>
        <source>Request URL</source>
        <translation>URL de la solicitud</translation>
    </message>
    <message>
        <source>Filled from the parameters; may be edited freely (Ctrl+L)</source>
        <translation>Se rellena a partir de los parámetros; se puede editar libremente (Ctrl+L)</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Enviar</translation>
    </message>
    <message>
        <source>Send the request (Ctrl+Return)</source>
        <translation>Enviar la solicitud (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel the request (Esc)</source>
        <translation>Cancelar la solicitud (Esc)</translation>
    </message>
    <message>
        <source>Cancel request</source>
        <translation>Cancelar solicitud</translation>
    </message>
    <message>
        <source> s</source>
        <comment>seconds</comment>
        <translation> s</translation>
    </message>
    <message>
        <source>Timeout: the request is abandoned after this many seconds without data</source>
        <translation>Tiempo de espera: la solicitud se abandona tras esta cantidad de segundos sin datos</translation>
    </message>
    <message>
        <source>Timeout in seconds</source>
        <translation>Tiempo de espera en segundos</translation>
    </message>
    <message>
        <source>Copy as &amp;curl</source>
        <translation>Copiar como &amp;curl</translation>
    </message>
    <message>
        <source>Copy a curl command; secrets become shell variables (Ctrl+Shift+C)</source>
        <translation>Copiar un comando curl; los secretos pasan a ser variables de shell (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <source>Copy as curl</source>
        <translation>Copiar como curl</translation>
    </message>
    <message>
        <source>Copy with secrets in clear</source>
        <translation>Copiar con los secretos en claro</translation>
    </message>
    <message>
        <source>Time&amp;out:</source>
        <translation>&amp;Tiempo de espera:</translation>
    </message>
    <message>
        <source>Path and query parameters</source>
        <translation>Parámetros de ruta y de consulta</translation>
    </message>
    <message>
        <source>Request headers</source>
        <translation>Cabeceras de la solicitud</translation>
    </message>
    <message>
        <source>Request body</source>
        <translation>Cuerpo de la solicitud</translation>
    </message>
    <message>
        <source>JSON body, pre-filled with the catalog&apos;s sample</source>
        <translation>Cuerpo JSON, rellenado con el ejemplo del catálogo</translation>
    </message>
    <message>
        <source>Request parts</source>
        <translation>Partes de la solicitud</translation>
    </message>
    <message>
        <source>Pa&amp;rameters</source>
        <translation>&amp;Parámetros</translation>
    </message>
    <message>
        <source>&amp;Headers</source>
        <translation>Ca&amp;beceras</translation>
    </message>
    <message>
        <source>&amp;Body</source>
        <translation>&amp;Cuerpo</translation>
    </message>
    <message>
        <source>%1 — needs the API &quot;%2&quot;</source>
        <translation>%1 — requiere la API &quot;%2&quot;</translation>
    </message>
    <message>
        <source>path</source>
        <translation>ruta</translation>
    </message>
    <message>
        <source>query</source>
        <translation>consulta</translation>
    </message>
    <message>
        <source>%1 (%2, required):</source>
        <translation>%1 (%2, obligatorio):</translation>
    </message>
    <message>
        <source>%1 (%2):</source>
        <translation>%1 (%2):</translation>
    </message>
    <message>
        <source>%1 parameter of type %2. %3</source>
        <translation>Parámetro de %1 de tipo %2. %3</translation>
    </message>
    <message>
        <source>This endpoint takes no parameters.</source>
        <translation>Este endpoint no tiene parámetros.</translation>
    </message>
    <message>
        <source>, default %1</source>
        <translation>, predeterminado: %1</translation>
    </message>
</context>
<context>
    <name>RequestHistory</name>
    <message>
        <source>Cannot read the history file %1: %2</source>
        <translation>No se puede leer el archivo de historial %1: %2</translation>
    </message>
    <message>
        <source>Cannot write the history file %1: %2</source>
        <translation>No se puede escribir el archivo de historial %1: %2</translation>
    </message>
    <message>
        <source>Cannot rewrite the history file %1: %2</source>
        <translation>No se puede reescribir el archivo de historial %1: %2</translation>
    </message>
    <message>
        <source>Cannot clear the history file %1: %2</source>
        <translation>No se puede vaciar el archivo de historial %1: %2</translation>
    </message>
    <message>
        <source>The history file %1 changed while it was being compacted; nothing was dropped.</source>
        <translation>El archivo de historial %1 cambió mientras se compactaba; no se eliminó nada.</translation>
    </message>
</context>
<context>
    <name>RequestResolver</name>
    <message>
        <source>&quot;%1&quot; is not a usable URL.</source>
        <translation>&quot;%1&quot; no es una URL utilizable.</translation>
    </message>
</context>
<context>
    <name>RequestTab</name>
    <message>
        <source>New request</source>
        <translation>Nueva solicitud</translation>
    </message>
    <message>
        <source>No response yet.</source>
        <translation>Todavía no hay respuesta.</translation>
    </message>
    <message>
        <source>No account to send with: authorize one first.</source>
        <translation>No hay ninguna cuenta con la que enviar: autorice una primero.</translation>
    </message>
    <message>
        <source>Sending %1 %2…</source>
        <translation>Enviando %1 %2…</translation>
    </message>
    <message>
        <source>Waiting for the rate limit…</source>
        <translation>Esperando al límite de frecuencia…</translation>
    </message>
    <message>
        <source>Getting a fresh token…</source>
        <translation>Obteniendo un token nuevo…</translation>
    </message>
    <message>
        <source>Copied %1 %2 as curl, secrets in clear</source>
        <translation>Se copió %1 %2 como curl, con los secretos en claro</translation>
    </message>
    <message>
        <source>Copied %1 %2 as curl, secrets as shell variables</source>
        <translation>Se copió %1 %2 como curl, con los secretos como variables de shell</translation>
    </message>
</context>
<context>
    <name>RequestsPanel</name>
    <message>
        <source>Requests</source>
        <translation>Solicitudes</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) held by the rate limit; the next slot frees in %1 s (Esc cancels)</source>
        <translation>
            <numerusform>%n solicitud retenida por el límite de frecuencia; el siguiente hueco se libera en %1 s (Esc cancela)</numerusform>
            <numerusform>%n solicitudes retenidas por el límite de frecuencia; el siguiente hueco se libera en %1 s (Esc cancela)</numerusform>
        </translation>
    </message>
    <message>
        <source>Compose requests from the endpoint catalog in tabs, send them and read the responses</source>
        <translation>Componga solicitudes en pestañas a partir del catálogo de endpoints, envíelas y lea las respuestas</translation>
    </message>
    <message>
        <source>Request tabs</source>
        <translation>Pestañas de solicitudes</translation>
    </message>
    <message>
        <source>Ctrl+T opens a tab, Ctrl+W closes it, Ctrl+Tab goes to the next</source>
        <translation>Ctrl+T abre una pestaña, Ctrl+W la cierra, Ctrl+Tab pasa a la siguiente</translation>
    </message>
    <message>
        <source>New tab</source>
        <translation>Nueva pestaña</translation>
    </message>
    <message>
        <source>Open a new request tab (Ctrl+T)</source>
        <translation>Abrir una nueva pestaña de solicitud (Ctrl+T)</translation>
    </message>
    <message>
        <source>New request tab</source>
        <translation>Nueva pestaña de solicitud</translation>
    </message>
    <message>
        <source>Request tab: %1</source>
        <translation>Pestaña de solicitud: %1</translation>
    </message>
    <message>
        <source>%1 (sending)</source>
        <translation>%1 (enviando)</translation>
    </message>
</context>
<context>
    <name>ResponseView</name>
    <message>
        <source>Request in progress</source>
        <translation>Solicitud en curso</translation>
    </message>
    <message>
        <source>No response yet.</source>
        <translation>Todavía no hay respuesta.</translation>
    </message>
    <message>
        <source>Response status</source>
        <translation>Estado de la respuesta</translation>
    </message>
    <message>
        <source>Response timing</source>
        <translation>Tiempos de la respuesta</translation>
    </message>
    <message>
        <source>Response parts</source>
        <translation>Partes de la respuesta</translation>
    </message>
    <message>
        <source>Response bod&amp;y</source>
        <translation>C&amp;uerpo de la respuesta</translation>
    </message>
    <message>
        <source>Response h&amp;eaders</source>
        <translation>Cab&amp;eceras de la respuesta</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Cabecera</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Response headers</source>
        <translation>Cabeceras de la respuesta</translation>
    </message>
    <message>
        <source>Copy value</source>
        <translation>Copiar valor</translation>
    </message>
    <message>
        <source>Copy key</source>
        <translation>Copiar clave</translation>
    </message>
    <message>
        <source>Copied the header name %1</source>
        <translation>Se copió el nombre de la cabecera %1</translation>
    </message>
    <message>
        <source>Copied the value of the header %1</source>
        <translation>Se copió el valor de la cabecera %1</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>queued %1</source>
        <translation>en cola %1</translation>
    </message>
    <message>
        <source>token %1</source>
        <translation>token %1</translation>
    </message>
    <message>
        <source>connect %1</source>
        <translation>conexión %1</translation>
    </message>
    <message>
        <source>connection reused</source>
        <translation>conexión reutilizada</translation>
    </message>
    <message>
        <source>first byte %1</source>
        <translation>primer byte %1</translation>
    </message>
    <message>
        <source>total %1</source>
        <translation>total %1</translation>
    </message>
    <message>
        <source>Timing: %1</source>
        <translation>Tiempos: %1</translation>
    </message>
    <message>
        <source>HTTP %1 %2 · %3 ms · body %4 · headers %5</source>
        <translation>HTTP %1 %2 · %3 ms · cuerpo %4 · cabeceras %5</translation>
    </message>
    <message>
        <source>No answer: %1</source>
        <translation>Sin respuesta: %1</translation>
    </message>
    <message>
        <source> · waited %1 ms</source>
        <translation> · espera de %1 ms</translation>
    </message>
    <message>
        <source>HTTP %1 %2, then the answer broke off · %3 ms · body %4 · headers %5</source>
        <translation>HTTP %1 %2, luego la respuesta se interrumpió · %3 ms · cuerpo %4 · encabezados %5</translation>
    </message>
</context>
<context>
    <name>SandboxAdminRoutes</name>
    <message>
        <source>No app with client id &quot;%1&quot;.</source>
        <translation>No hay ninguna app con el client id &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>expected Development, Under Review, Production or Declined.</source>
        <translation>se esperaba Development, Under Review, Production o Declined.</translation>
    </message>
    <message>
        <source>expected an array of API names.</source>
        <translation>se esperaba una matriz de nombres de API.</translation>
    </message>
    <message>
        <source>unknown API &quot;%1&quot;.</source>
        <translation>API desconocida &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Method not allowed.</source>
        <translation>Método no permitido.</translation>
    </message>
    <message>
        <source>The sandbox admin API needs this run&apos;s key in the %1 header; lofty-sandbox prints it at start.</source>
        <translation>La API de administración del sandbox necesita la clave de esta ejecución en la cabecera %1; lofty-sandbox la imprime al arrancar.</translation>
    </message>
    <message>
        <source>expected a string.</source>
        <translation>se esperaba una cadena.</translation>
    </message>
    <message>
        <source>must not be empty.</source>
        <translation>no debe estar vacío.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an absolute URL.</source>
        <translation>&quot;%1&quot; no es una URL absoluta.</translation>
    </message>
    <message>
        <source>expected a non-empty array of URLs.</source>
        <translation>se esperaba una matriz no vacía de URL.</translation>
    </message>
</context>
<context>
    <name>SandboxApiRoutes</name>
    <message>
        <source>Missing credentials: send Authorization: Bearer &lt;access token&gt; or token &lt;API key&gt;.</source>
        <translation>Faltan las credenciales: envíe Authorization: Bearer &lt;token de acceso&gt; o token &lt;clave de API&gt;.</translation>
    </message>
    <message>
        <source>The access token is invalid, expired or revoked.</source>
        <translation>El token de acceso no es válido, ha caducado o se ha revocado.</translation>
    </message>
    <message>
        <source>The API key is invalid or revoked.</source>
        <translation>La clave de API no es válida o se ha revocado.</translation>
    </message>
    <message>
        <source>Unsupported authorization scheme &quot;%1&quot;: use Bearer or token.</source>
        <translation>Esquema de autorización no admitido &quot;%1&quot;: use Bearer o token.</translation>
    </message>
    <message>
        <source>User in token does not exist (an API key goes in &quot;Authorization: token &lt;key&gt;&quot;, not Bearer).</source>
        <translation>El usuario del token no existe (una clave de API va en &quot;Authorization: token &lt;clave&gt;&quot;, no en Bearer).</translation>
    </message>
    <message>
        <source>%1 %2 is not an operation of Lofty&apos;s API.</source>
        <translation>%1 %2 no es una operación de la API de Lofty.</translation>
    </message>
    <message>
        <source>Content-Type: application/json is required on this GET.</source>
        <translation>Este GET requiere Content-Type: application/json.</translation>
    </message>
    <message>
        <source>This operation is an XML feed: send Accept: application/xml.</source>
        <translation>Esta operación es un feed XML: envíe Accept: application/xml.</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>%1 es obligatorio.</translation>
    </message>
    <message>
        <source>the body is not JSON: %1.</source>
        <translation>el cuerpo no es JSON: %1.</translation>
    </message>
    <message>
        <source>the body needs %1.</source>
        <translation>el cuerpo necesita %1.</translation>
    </message>
</context>
<context>
    <name>SandboxAuthStore</name>
    <message>
        <source>The authorization code was already used.</source>
        <translation>El código de autorización ya se ha usado.</translation>
    </message>
    <message>
        <source>The authorization code is unknown.</source>
        <translation>El código de autorización es desconocido.</translation>
    </message>
    <message>
        <source>The authorization code expired (codes live 10 minutes).</source>
        <translation>El código de autorización ha caducado (los códigos duran 10 minutos).</translation>
    </message>
</context>
<context>
    <name>SandboxBackend</name>
    <message>
        <source>The built-in sandbox could not listen on 127.0.0.1.</source>
        <translation>El sandbox integrado no pudo escuchar en 127.0.0.1.</translation>
    </message>
    <message>
        <source>The sandbox has no app &quot;%1&quot;: the registration change applies to the profile only.</source>
        <translation>El sandbox no tiene ninguna app &quot;%1&quot;: el cambio de registro solo se aplica al perfil.</translation>
    </message>
</context>
<context>
    <name>SandboxCommandLine</name>
    <message>
        <source>A local, Lofty-compatible OAuth 2.0 and REST API sandbox for testing integrations. It is not Lofty: no real data, no real accounts.</source>
        <translation>Un sandbox local de OAuth 2.0 y API REST compatible con Lofty para probar integraciones. No es Lofty: ni datos reales ni cuentas reales.</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>Muestra esta ayuda y sale.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Muestra la versión y sale.</translation>
    </message>
    <message>
        <source>Port on 127.0.0.1 (0 = pick a free one).</source>
        <translation>Puerto en 127.0.0.1 (0 = elegir uno libre).</translation>
    </message>
    <message>
        <source>PORT</source>
        <translation>PUERTO</translation>
    </message>
    <message>
        <source>Apps and accounts from a JSON file (see --print-default-config).</source>
        <translation>Apps y cuentas desde un archivo JSON (véase --print-default-config).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ARCHIVO</translation>
    </message>
    <message>
        <source>Access token lifetime in seconds.</source>
        <translation>Duración del token de acceso en segundos.</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SEGUNDOS</translation>
    </message>
    <message>
        <source>Skip the consent page: authorize at once as this account.</source>
        <translation>Omite la página de consentimiento: autoriza de inmediato como esta cuenta.</translation>
    </message>
    <message>
        <source>ACCOUNT</source>
        <translation>CUENTA</translation>
    </message>
    <message>
        <source>Requests per minute for every app (default: 100 in Development, 500 in Production), e.g. for benchmarks.</source>
        <translation>Solicitudes por minuto para cada app (predeterminado: 100 en Development, 500 en Production), p. ej., para pruebas de rendimiento.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Print the built-in configuration in the format --config reads, and exit.</source>
        <translation>Imprime la configuración integrada en el formato que lee --config y sale.</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Argumento inesperado &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--port: expected a number from 0 to 65535, got &quot;%1&quot;.</source>
        <translation>--port: se esperaba un número de 0 a 65535; se recibió &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--token-lifetime: expected a number of seconds from 1 to 31536000, got &quot;%1&quot;.</source>
        <translation>--token-lifetime: se esperaba un número de segundos de 1 a 31536000; se recibió &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--rate-limit: expected a positive number of requests per minute, got &quot;%1&quot;.</source>
        <translation>--rate-limit: se esperaba un número positivo de solicitudes por minuto; se recibió &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--auto-approve: no account &quot;%1&quot; in the configuration.</source>
        <translation>--auto-approve: no hay ninguna cuenta &quot;%1&quot; en la configuración.</translation>
    </message>
    <message>
        <source>--config: cannot read %1: %2</source>
        <translation>--config: no se puede leer %1: %2</translation>
    </message>
    <message>
        <source>--config: %1: %2</source>
        <translation>--config: %1: %2</translation>
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
        <translation>Lo que decide el sandbox (ninguna fuente pública de Lofty indica cómo se comporta Lofty aquí):
  - Los tokens de acceso duran --token-lifetime segundos (3600 por omisión). Los códigos de
    autorización son de un solo uso y duran 10 minutos.
  - Los tokens de actualización rotan: cada actualización devuelve un token de actualización
    nuevo y el anterior deja de funcionar. Un token de actualización caduca 180 días después
    de su primera emisión. Las credenciales de cliente no reciben token de actualización.
  - Los errores del endpoint de token siguen la sección 5.2 de RFC 6749 (error, error_description).
  - Los mensajes de error indican el parámetro incorrecto (el 20012 de Lofty no lo hace).
  - Webhooks: los callbacks http:// sin cifrar solo se aceptan para 127.0.0.1 y localhost; como
    máximo 20 suscripciones por equipo. Los eventos se envían --webhook-delay (3) s después del
    cambio a cada suscripción de su lista, con 3 intentos (separados 2 s y luego 4 s) hasta
    obtener un 2xx; la lista 3 recibe exactamente {leadId, updateTime}, las demás listas
    {listId, event, leadId, updateTime, &lt;id nuevo&gt;}.
  - Las operaciones cuyo efecto el sandbox no puede modelar responden con la forma del documento
    a partir de los datos del sandbox: los mensajes y las notificaciones a agentes se registran,
    no se envían; las respuestas de IA (resúmenes de llamadas, guiones de llamada, observaciones,
    análisis de leads) se generan a partir de los registros del lead, sin ejecutar ningún
    modelo; las grabaciones de llamadas son URL https inventadas; los listados son tres listados
    fijos del sandbox; las actualizaciones de Brokermint y de empresa se aceptan y se confirman;
    las reglas de asignación y los ajustes de agentes de ventas se guardan en memoria.
  - Los datos se guardan en memoria hasta que el sandbox se detiene o se envía POST /sandbox/reset.
</translation>
    </message>
    <message>
        <source>Seconds between a change and its webhook delivery (0 to 3600).</source>
        <translation>Segundos entre un cambio y la entrega de su webhook (de 0 a 3600).</translation>
    </message>
    <message>
        <source>--webhook-delay: expected a number of seconds from 0 to 3600, got &quot;%1&quot;.</source>
        <translation>--webhook-delay: se esperaba un número de segundos de 0 a 3600; se recibió &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>SandboxCommunicationRoutes</name>
    <message>
        <source>LIMIT_NOT_VALID: offset must be 0 or more and limit from 1 to 100.</source>
        <translation>LIMIT_NOT_VALID: offset debe ser 0 o más y limit de 1 a 100.</translation>
    </message>
    <message>
        <source>call</source>
        <translation>la llamada</translation>
    </message>
    <message>
        <source>no communication with id %1.</source>
        <translation>no existe ninguna comunicación con el id %1.</translation>
    </message>
    <message>
        <source>LIMIT_NOT_VALID: limit must be from 1 to 100.</source>
        <translation>LIMIT_NOT_VALID: limit debe ser de 1 a 100.</translation>
    </message>
    <message>
        <source>content is required.</source>
        <translation>content es obligatorio.</translation>
    </message>
    <message>
        <source>subject is required.</source>
        <translation>subject es obligatorio.</translation>
    </message>
</context>
<context>
    <name>SandboxConfig</name>
    <message>
        <source>missing or not a non-empty string</source>
        <translation>falta o no es una cadena no vacía</translation>
    </message>
</context>
<context>
    <name>SandboxConsentPage</name>
    <message>
        <source>This app is %1: only accounts that authorized it before can authorize it again.</source>
        <translation>El estado de esta app es %1: solo las cuentas que la autorizaron antes pueden volver a autorizarla.</translation>
    </message>
    <message>
        <source>Authorize %1</source>
        <translation>Autorizar %1</translation>
    </message>
    <message>
        <source>%1 wants to access your Lofty data through the APIs granted to it: %2.</source>
        <translation>%1 quiere acceder a sus datos de Lofty a través de las API que tiene concedidas: %2.</translation>
    </message>
    <message>
        <source>Sign in as</source>
        <translation>Iniciar sesión como</translation>
    </message>
    <message>
        <source>Authorize</source>
        <translation>Autorizar</translation>
    </message>
    <message>
        <source>Deny</source>
        <translation>Denegar</translation>
    </message>
</context>
<context>
    <name>SandboxFaults</name>
    <message>
        <source>expected a whole number from 0 to %1</source>
        <translation>se esperaba un número entero de 0 a %1</translation>
    </message>
</context>
<context>
    <name>SandboxHttpParser</name>
    <message>
        <source>The request line and header fields exceed %1 bytes.</source>
        <translation>La línea de solicitud y los campos de cabecera superan los %1 bytes.</translation>
    </message>
    <message>
        <source>The request line must be &quot;METHOD target HTTP/1.1&quot; with single spaces.</source>
        <translation>La línea de solicitud debe ser &quot;METHOD target HTTP/1.1&quot;, con espacios simples.</translation>
    </message>
    <message>
        <source>The request method is not a valid token.</source>
        <translation>El método de la solicitud no es un token válido.</translation>
    </message>
    <message>
        <source>Only HTTP/1.1 and HTTP/1.0 are supported, not &quot;%1&quot;.</source>
        <translation>Solo se admiten HTTP/1.1 y HTTP/1.0, no &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The request target must be an absolute path such as /oauth/token.</source>
        <translation>El destino de la solicitud debe ser una ruta absoluta como /oauth/token.</translation>
    </message>
    <message>
        <source>Folded header lines (obs-fold) are not accepted.</source>
        <translation>No se aceptan líneas de cabecera plegadas (obs-fold).</translation>
    </message>
    <message>
        <source>Malformed header line: expected &quot;Name: value&quot;.</source>
        <translation>Línea de cabecera mal formada: se esperaba &quot;Nombre: valor&quot;.</translation>
    </message>
    <message>
        <source>The header field &quot;%1&quot; contains a control character.</source>
        <translation>El campo de cabecera &quot;%1&quot; contiene un carácter de control.</translation>
    </message>
    <message>
        <source>Transfer-Encoding (chunked request bodies) is not supported; send Content-Length.</source>
        <translation>No se admite Transfer-Encoding (cuerpos de solicitud fragmentados); envíe Content-Length.</translation>
    </message>
    <message>
        <source>Conflicting Content-Length header fields.</source>
        <translation>Campos de cabecera Content-Length contradictorios.</translation>
    </message>
    <message>
        <source>An HTTP/1.1 request needs exactly one Host header field.</source>
        <translation>Una solicitud HTTP/1.1 necesita exactamente un campo de cabecera Host.</translation>
    </message>
    <message>
        <source>Content-Length must be a decimal number of bytes.</source>
        <translation>Content-Length debe ser un número decimal de bytes.</translation>
    </message>
    <message>
        <source>The request body exceeds %1 bytes.</source>
        <translation>El cuerpo de la solicitud supera los %1 bytes.</translation>
    </message>
</context>
<context>
    <name>SandboxLeadRoutes</name>
    <message>
        <source>LIMIT_NOT_VALID: offset must be 0 or more and limit from 1 to 100.</source>
        <translation>LIMIT_NOT_VALID: offset debe ser 0 o más y limit de 1 a 100.</translation>
    </message>
    <message>
        <source>scrollId &quot;%1&quot; was not issued by this sandbox.</source>
        <translation>este sandbox no emitió el scrollId &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>firstName must not be empty.</source>
        <translation>firstName no debe estar vacío.</translation>
    </message>
    <message>
        <source>USER_NOT_EXIST: no team member with user id %1.</source>
        <translation>USER_NOT_EXIST: no existe ningún miembro del equipo con el id de usuario %1.</translation>
    </message>
    <message>
        <source>the body must be a JSON object.</source>
        <translation>el cuerpo debe ser un objeto JSON.</translation>
    </message>
    <message>
        <source>note</source>
        <translation>la nota</translation>
    </message>
    <message>
        <source>logType must be logCall, logEmail or logText.</source>
        <translation>logType debe ser logCall, logEmail o logText.</translation>
    </message>
    <message>
        <source>manual log</source>
        <translation>el registro manual</translation>
    </message>
</context>
<context>
    <name>SandboxListingRoutes</name>
    <message>
        <source>pageNum must be 1 or more and pageSize from 1 to 100.</source>
        <translation>pageNum debe ser 1 o más y pageSize de 1 a 100.</translation>
    </message>
    <message>
        <source>type must be LuxVT, AptCom or AllOnMarket.</source>
        <translation>type debe ser LuxVT, AptCom o AllOnMarket.</translation>
    </message>
</context>
<context>
    <name>SandboxOAuthRoutes</name>
    <message>
        <source>Method not allowed</source>
        <translation>Método no permitido</translation>
    </message>
    <message>
        <source>The consent form is submitted with POST.</source>
        <translation>El formulario de consentimiento se envía con POST.</translation>
    </message>
    <message>
        <source>Unknown application</source>
        <translation>Aplicación desconocida</translation>
    </message>
    <message>
        <source>No app with client id &quot;%1&quot; is registered with the sandbox.</source>
        <translation>No hay ninguna app con el client id &quot;%1&quot; registrada en el sandbox.</translation>
    </message>
    <message>
        <source>Redirect URI not registered</source>
        <translation>URI de redirección no registrada</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a redirect URI registered for %2. Registered: %3.</source>
        <translation>&quot;%1&quot; no es una URI de redirección registrada para %2. Registradas: %3.</translation>
    </message>
    <message>
        <source>response_type is required.</source>
        <translation>response_type es obligatorio.</translation>
    </message>
    <message>
        <source>Only response_type=code is supported.</source>
        <translation>Solo se admite response_type=code.</translation>
    </message>
    <message>
        <source>code_challenge_method was sent without code_challenge.</source>
        <translation>Se envió code_challenge_method sin code_challenge.</translation>
    </message>
    <message>
        <source>code_challenge_method must be S256 or plain.</source>
        <translation>code_challenge_method debe ser S256 o plain.</translation>
    </message>
    <message>
        <source>An S256 code_challenge is 43 base64url characters.</source>
        <translation>Un code_challenge S256 tiene 43 caracteres base64url.</translation>
    </message>
    <message>
        <source>%1 is a public client: PKCE (code_challenge) is required.</source>
        <translation>%1 es un cliente público: PKCE (code_challenge) es obligatorio.</translation>
    </message>
    <message>
        <source>Authorization request expired</source>
        <translation>La solicitud de autorización ha caducado</translation>
    </message>
    <message>
        <source>This consent form was already submitted or is older than 10 minutes. Start the authorization again.</source>
        <translation>Este formulario de consentimiento ya se envió o tiene más de 10 minutos. Vuelva a iniciar la autorización.</translation>
    </message>
    <message>
        <source>The user denied the request.</source>
        <translation>El usuario denegó la solicitud.</translation>
    </message>
    <message>
        <source>Unknown account</source>
        <translation>Cuenta desconocida</translation>
    </message>
    <message>
        <source>No test account &quot;%1&quot;.</source>
        <translation>No existe la cuenta de prueba &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The app is %1: accounts that have not authorized it before cannot authorize it.</source>
        <translation>El estado de la app es %1: las cuentas que no la han autorizado antes no pueden autorizarla.</translation>
    </message>
    <message>
        <source>The token endpoint accepts POST only.</source>
        <translation>El endpoint de token solo acepta POST.</translation>
    </message>
    <message>
        <source>grant_type is required.</source>
        <translation>grant_type es obligatorio.</translation>
    </message>
    <message>
        <source>grant_type &quot;%1&quot; is not supported (authorization_code, refresh_token, client_credentials).</source>
        <translation>grant_type &quot;%1&quot; no se admite (authorization_code, refresh_token, client_credentials).</translation>
    </message>
    <message>
        <source>client_id in the body differs from the client in the Basic header.</source>
        <translation>El client_id del cuerpo no coincide con el cliente de la cabecera Basic.</translation>
    </message>
    <message>
        <source>Client authentication failed: no client_id.</source>
        <translation>Falló la autenticación del cliente: no hay client_id.</translation>
    </message>
    <message>
        <source>Client authentication failed: unknown client &quot;%1&quot;.</source>
        <translation>Falló la autenticación del cliente: cliente desconocido &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1 is a public client and has no client secret.</source>
        <translation>%1 es un cliente público y no tiene secreto de cliente.</translation>
    </message>
    <message>
        <source>Client authentication failed: wrong client secret.</source>
        <translation>Falló la autenticación del cliente: secreto de cliente incorrecto.</translation>
    </message>
    <message>
        <source>code is required.</source>
        <translation>code es obligatorio.</translation>
    </message>
    <message>
        <source>The code was issued to another client.</source>
        <translation>El código se emitió para otro cliente.</translation>
    </message>
    <message>
        <source>redirect_uri does not match the one of the authorization request.</source>
        <translation>redirect_uri no coincide con el de la solicitud de autorización.</translation>
    </message>
    <message>
        <source>code_verifier is required (PKCE).</source>
        <translation>code_verifier es obligatorio (PKCE).</translation>
    </message>
    <message>
        <source>PKCE verification failed: code_verifier does not match.</source>
        <translation>Falló la verificación PKCE: code_verifier no coincide.</translation>
    </message>
    <message>
        <source>Client authentication failed: client_secret is required.</source>
        <translation>Falló la autenticación del cliente: client_secret es obligatorio.</translation>
    </message>
    <message>
        <source>refresh_token is required.</source>
        <translation>refresh_token es obligatorio.</translation>
    </message>
    <message>
        <source>The refresh token is unknown, expired, revoked or already used.</source>
        <translation>El token de actualización es desconocido, ha caducado, se ha revocado o ya se ha usado.</translation>
    </message>
    <message>
        <source>%1 is a public client and may not use client_credentials.</source>
        <translation>%1 es un cliente público y no puede usar client_credentials.</translation>
    </message>
    <message>
        <source>customer_key is required for client_credentials.</source>
        <translation>customer_key es obligatorio para client_credentials.</translation>
    </message>
    <message>
        <source>customer_key does not belong to any account.</source>
        <translation>customer_key no pertenece a ninguna cuenta.</translation>
    </message>
    <message>
        <source>%1 requires PKCE (code_challenge) from every client.</source>
        <translation>%1 exige PKCE (code_challenge) a todos los clientes.</translation>
    </message>
    <message>
        <source>This token endpoint needs HTTP Basic client authentication (client id and secret).</source>
        <translation>Este endpoint de token necesita autenticación de cliente HTTP Basic (client id y secreto).</translation>
    </message>
    <message>
        <source>client_id is required as a parameter as well as in the Basic header.</source>
        <translation>client_id es obligatorio como parámetro, además de en la cabecera Basic.</translation>
    </message>
    <message>
        <source>grant_type &quot;%1&quot; is not supported here (authorization_code, refresh_token).</source>
        <translation>grant_type &quot;%1&quot; no se admite aquí (authorization_code, refresh_token).</translation>
    </message>
</context>
<context>
    <name>SandboxPanel</name>
    <message>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>The built-in sandbox&apos;s test accounts, apps and fault switches</source>
        <translation>Cuentas de prueba, apps e interruptores de fallos del sandbox integrado</translation>
    </message>
    <message>
        <source>The Sandbox profile talks to a server inside this console, not to Lofty. Sign in as one of these accounts on its consent page.</source>
        <translation>El perfil Sandbox se comunica con un servidor dentro de esta consola, no con Lofty. Inicie sesión como una de estas cuentas en su página de consentimiento.</translation>
    </message>
    <message>
        <source>Test accounts</source>
        <translation>Cuentas de prueba</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Customer key</source>
        <translation>Clave de cliente</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clave de API</translation>
    </message>
    <message>
        <source>Copy &amp;customer key</source>
        <translation>Copiar &amp;clave de cliente</translation>
    </message>
    <message>
        <source>Copies the selected account&apos;s customer key, for Client Credentials</source>
        <translation>Copia la clave de cliente de la cuenta seleccionada, para la concesión de credenciales de cliente</translation>
    </message>
    <message>
        <source>Copy API &amp;key</source>
        <translation>Copiar clave de A&amp;PI</translation>
    </message>
    <message>
        <source>Copies the selected account&apos;s API key, sent as &quot;Authorization: token &lt;key&gt;&quot;</source>
        <translation>Copia la clave de API de la cuenta seleccionada, que se envía como &quot;Authorization: token &lt;clave&gt;&quot;</translation>
    </message>
    <message>
        <source>Apps</source>
        <translation>Apps</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>ID de cliente</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modo</translation>
    </message>
    <message>
        <source>Requests per minute</source>
        <translation>Solicitudes por minuto</translation>
    </message>
    <message>
        <source>Fault switches</source>
        <translation>Interruptores de fallos</translation>
    </message>
    <message>
        <source>Added latency</source>
        <translation>Latencia añadida</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Server errors</source>
        <translation>Errores del servidor</translation>
    </message>
    <message>
        <source>Malformed JSON</source>
        <translation>JSON mal formado</translation>
    </message>
    <message>
        <source>Dropped connections</source>
        <translation>Conexiones cortadas</translation>
    </message>
    <message>
        <source>Added &amp;latency (every answer):</source>
        <translation>&amp;Latencia añadida (cada respuesta):</translation>
    </message>
    <message>
        <source>Next requests answer &amp;500:</source>
        <translation>Próximas solicitudes que responden &amp;500:</translation>
    </message>
    <message>
        <source>Next answers with &amp;malformed JSON:</source>
        <translation>Próximas respuestas con JSON &amp;mal formado:</translation>
    </message>
    <message>
        <source>Next connections &amp;dropped mid-answer:</source>
        <translation>Próximas conexiones &amp;interrumpidas a mitad de respuesta:</translation>
    </message>
    <message>
        <source>&amp;Apply faults</source>
        <translation>&amp;Aplicar fallos</translation>
    </message>
    <message>
        <source>&amp;Reset: all faults off</source>
        <translation>&amp;Restablecer: sin fallos</translation>
    </message>
    <message>
        <source>customer key</source>
        <translation>clave de cliente</translation>
    </message>
    <message>
        <source>Choose an account first.</source>
        <translation>Elija primero una cuenta.</translation>
    </message>
    <message>
        <source>Copied %1&apos;s %2.</source>
        <translation>Se copió la %2 de %1.</translation>
    </message>
    <message>
        <source>The sandbox is not running: open the Sandbox profile.</source>
        <translation>El sandbox no se está ejecutando: abra el perfil Sandbox.</translation>
    </message>
    <message>
        <source>The faults were not applied: %1</source>
        <translation>No se aplicaron los fallos: %1</translation>
    </message>
    <message>
        <source>%1 ms added to every answer</source>
        <translation>%1 ms añadidos a cada respuesta</translation>
    </message>
    <message numerus="yes">
        <source>the next %n request(s) answer 500</source>
        <translation>
            <numerusform>la próxima %n solicitud responde 500</numerusform>
            <numerusform>las próximas %n solicitudes responden 500</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the next %n answer(s) carry malformed JSON</source>
        <translation>
            <numerusform>la próxima %n respuesta lleva JSON mal formado</numerusform>
            <numerusform>las próximas %n respuestas llevan JSON mal formado</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the next %n connection(s) are dropped mid-answer</source>
        <translation>
            <numerusform>la próxima %n conexión se corta a mitad de respuesta</numerusform>
            <numerusform>las próximas %n conexiones se cortan a mitad de respuesta</numerusform>
        </translation>
    </message>
    <message>
        <source>No faults: the sandbox answers normally.</source>
        <translation>Sin fallos: el sandbox responde con normalidad.</translation>
    </message>
    <message>
        <source>Active: %1.</source>
        <translation>Activos: %1.</translation>
    </message>
    <message>
        <source>Reset connections</source>
        <translation>Restablecer conexiones</translation>
    </message>
    <message>
        <source>Next connections rese&amp;t (TCP RST) after the headers:</source>
        <translation>Res&amp;tablecer las próximas conexiones (TCP RST) tras los encabezados:</translation>
    </message>
    <message numerus="yes">
        <source>the next %n connection(s) are reset after the headers</source>
        <translation>
            <numerusform>la próxima %n conexión se restablece tras los encabezados</numerusform>
            <numerusform>las próximas %n conexiones se restablecen tras los encabezados</numerusform>
        </translation>
    </message>
    <message>
        <source>; </source>
        <comment>between the active faults</comment>
        <translation>; </translation>
    </message>
</context>
<context>
    <name>SandboxReply</name>
    <message>
        <source>Invalid parameter: %1</source>
        <translation>Parámetro no válido: %1</translation>
    </message>
    <message>
        <source>LEAD_NOT_EXIST: no lead with id %1.</source>
        <translation>LEAD_NOT_EXIST: no existe ningún lead con el id %1.</translation>
    </message>
    <message>
        <source>RESOURCE_NOT_EXIST: no %1 with id %2.</source>
        <translation>RESOURCE_NOT_EXIST: no existe %1 con el id %2.</translation>
    </message>
</context>
<context>
    <name>SandboxSalesAgentRoutes</name>
    <message>
        <source>LIMIT_NOT_VALID: offset must be 0 or more and limit from 1 to 100.</source>
        <translation>LIMIT_NOT_VALID: offset debe ser 0 o más y limit de 1 a 100.</translation>
    </message>
    <message>
        <source>leadIds must list at least one lead id.</source>
        <translation>leadIds debe incluir al menos un id de lead.</translation>
    </message>
    <message>
        <source>lead %1 is not a working lead of the sales agent.</source>
        <translation>el lead %1 no es un lead en gestión del agente de ventas.</translation>
    </message>
    <message>
        <source>sales agent working lead</source>
        <translation>el lead en gestión del agente de ventas</translation>
    </message>
    <message>
        <source>startActiveHour must be before endActiveHour, both from 0 to 24.</source>
        <translation>startActiveHour debe ser anterior a endActiveHour, ambas de 0 a 24.</translation>
    </message>
    <message>
        <source>A %1-second %2 call; outcome: %3.</source>
        <translation>Llamada %2 de %1 segundos; resultado: %3.</translation>
    </message>
    <message>
        <source>call</source>
        <translation>la llamada</translation>
    </message>
    <message>
        <source>%1 is at stage &quot;%2&quot;.</source>
        <translation>%1 está en la etapa &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Book a showing with %1.</source>
        <translation>Concertar una visita con %1.</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>appointment</source>
        <translation>la cita</translation>
    </message>
    <message>
        <source>Review the lead&apos;s recent calls and notes before the appointment.</source>
        <translation>Revise las llamadas y notas recientes del lead antes de la cita.</translation>
    </message>
    <message>
        <source>task</source>
        <translation>la tarea</translation>
    </message>
</context>
<context>
    <name>SandboxTaskRoutes</name>
    <message>
        <source>task</source>
        <translation>la tarea</translation>
    </message>
    <message>
        <source>page must be 1 or more and pageSize from 1 to 100.</source>
        <translation>page debe ser 1 o más y pageSize de 1 a 100.</translation>
    </message>
    <message>
        <source>no calendar event with id %1.</source>
        <translation>no existe ningún evento de calendario con el id %1.</translation>
    </message>
</context>
<context>
    <name>SandboxTeamFeatureRoutes</name>
    <message>
        <source>attributeName must not be empty.</source>
        <translation>attributeName no debe estar vacío.</translation>
    </message>
    <message>
        <source>a custom field named &quot;%1&quot; exists already.</source>
        <translation>ya existe un campo personalizado llamado &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>no lead pond with id %1.</source>
        <translation>no existe ningún lead pond con el id %1.</translation>
    </message>
    <message>
        <source>type must be 1, 2 or 4.</source>
        <translation>type debe ser 1, 2 o 4.</translation>
    </message>
    <message>
        <source>no routing rule %1 of type %2.</source>
        <translation>no existe ninguna regla de asignación %1 de tipo %2.</translation>
    </message>
</context>
<context>
    <name>SandboxTeamRoutes</name>
    <message>
        <source>LIMIT_NOT_VALID: offset must be 0 or more and limit from 1 to 100.</source>
        <translation>LIMIT_NOT_VALID: offset debe ser 0 o más y limit de 1 a 100.</translation>
    </message>
    <message>
        <source>scrollId &quot;%1&quot; was not issued by this sandbox.</source>
        <translation>este sandbox no emitió el scrollId &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>USER_NOT_EXIST: no team member with id %1.</source>
        <translation>USER_NOT_EXIST: no existe ningún miembro del equipo con el id %1.</translation>
    </message>
    <message>
        <source>USER_NOT_EXIST: no team member with the account %1.</source>
        <translation>USER_NOT_EXIST: no existe ningún miembro del equipo con la cuenta %1.</translation>
    </message>
    <message>
        <source>name is required to add an office.</source>
        <translation>name es obligatorio para añadir una oficina.</translation>
    </message>
    <message>
        <source>office</source>
        <translation>la oficina</translation>
    </message>
    <message>
        <source>the body must be a JSON object.</source>
        <translation>el cuerpo debe ser un objeto JSON.</translation>
    </message>
    <message>
        <source>accountInfo.email is required.</source>
        <translation>accountInfo.email es obligatorio.</translation>
    </message>
    <message>
        <source>USER_NOT_EXIST: no agent with id %1.</source>
        <translation>USER_NOT_EXIST: no existe ningún agente con el id %1.</translation>
    </message>
</context>
<context>
    <name>SandboxTransactionRoutes</name>
    <message>
        <source>LIMIT_NOT_VALID: pageNum (0-based) must be 0 or more and pageSize from 1 to 100.</source>
        <translation>LIMIT_NOT_VALID: pageNum (empieza en 0) debe ser 0 o más y pageSize de 1 a 100.</translation>
    </message>
</context>
<context>
    <name>SandboxWebhookRoutes</name>
    <message>
        <source>listId must be a whole number from 1 to 12.</source>
        <translation>listId debe ser un número entero de 1 a 12.</translation>
    </message>
    <message>
        <source>callbackUrl must be an https:// URL (the sandbox also takes http:// to 127.0.0.1 or localhost).</source>
        <translation>callbackUrl debe ser una URL https:// (el sandbox también acepta http:// a 127.0.0.1 o localhost).</translation>
    </message>
    <message>
        <source>limit must be a whole number from 1 to 5000.</source>
        <translation>limit debe ser un número entero de 1 a 5000.</translation>
    </message>
    <message>
        <source>permissionMode must be 0 or 1.</source>
        <translation>permissionMode debe ser 0 o 1.</translation>
    </message>
    <message>
        <source>The team has %1 webhook subscriptions already, the most the sandbox allows.</source>
        <translation>El equipo ya tiene %1 suscripciones de webhook, el máximo que permite el sandbox.</translation>
    </message>
    <message>
        <source>No webhook subscription with id %1.</source>
        <translation>No existe ninguna suscripción de webhook con el id %1.</translation>
    </message>
</context>
<context>
    <name>ScopeProbe</name>
    <message>
        <source>Nothing to add.</source>
        <translation>No hay nada que añadir.</translation>
    </message>
    <message>
        <source>Adding %1 in the Developer Portal&apos;s Permissions tab is a breaking change: every user of the app must authorize it again, and their current tokens stop working. For a Production app the change also goes through review (&quot;Update Submitted - Re-authorization Required&quot;).</source>
        <translation>Añadir %1 en la pestaña Permisos (Permissions) del Developer Portal es un cambio incompatible: todos los usuarios de la app deben volver a autorizarla y sus tokens actuales dejan de funcionar. En una app en Production, el cambio también pasa por revisión (&quot;Update Submitted - Re-authorization Required&quot;).</translation>
    </message>
</context>
<context>
    <name>ScopesPanel</name>
    <message>
        <source>Scopes</source>
        <translation>Ámbitos</translation>
    </message>
    <message>
        <source>Which APIs your app may call: granted, seen in history, probed</source>
        <translation>Qué API puede llamar su app: concedidas, vistas en el historial, sondeadas</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Which APIs the table lists</source>
        <translation>Qué API muestra la tabla</translation>
    </message>
    <message>
        <source>All APIs</source>
        <translation>Todas las API</translation>
    </message>
    <message>
        <source>Problems only</source>
        <translation>Solo problemas</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Concedidas</translation>
    </message>
    <message>
        <source>Not granted</source>
        <translation>No concedidas</translation>
    </message>
    <message>
        <source>Filter by API or group</source>
        <translation>Filtrar por API o grupo</translation>
    </message>
    <message>
        <source>&amp;Run probe</source>
        <translation>&amp;Ejecutar sondeo</translation>
    </message>
    <message>
        <source>Run probe</source>
        <translation>Ejecutar sondeo</translation>
    </message>
    <message>
        <source>Sends one safe GET per API, paced by the rate limit</source>
        <translation>Envía un GET seguro por API, al ritmo que permite el límite de frecuencia</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel probe</source>
        <translation>Cancelar el sondeo</translation>
    </message>
    <message>
        <source>Stops the probe; answers so far are kept</source>
        <translation>Detiene el sondeo; se conservan las respuestas obtenidas hasta ahora</translation>
    </message>
    <message>
        <source>Probe progress</source>
        <translation>Progreso del sondeo</translation>
    </message>
    <message>
        <source>%v of %m APIs</source>
        <translation>%v de %m API</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <source>APIs</source>
        <translation>API</translation>
    </message>
    <message>
        <source>Each API with its group, whether granted, seen and probed, and a verdict</source>
        <translation>Cada API con su grupo, si está concedida, vista y sondeada, y un veredicto</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Seen in history</source>
        <translation>Vista en el historial</translation>
    </message>
    <message>
        <source>Probe</source>
        <translation>Sondeo</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Veredicto</translation>
    </message>
    <message>
        <source>What is missing</source>
        <translation>Qué falta</translation>
    </message>
    <message>
        <source>Probe cancelled; the answers so far are shown.</source>
        <translation>Sondeo cancelado; se muestran las respuestas obtenidas hasta ahora.</translation>
    </message>
    <message>
        <source>Not probed</source>
        <translation>Sin sondear</translation>
    </message>
    <message>
        <source>Allowed (%1)</source>
        <translation>Permitida (%1)</translation>
    </message>
    <message>
        <source>Refused (%1)</source>
        <translation>Rechazada (%1)</translation>
    </message>
    <message>
        <source>Inconclusive (%1)</source>
        <translation>No concluyente (%1)</translation>
    </message>
    <message>
        <source>No safe GET to probe</source>
        <translation>No hay ningún GET seguro para sondear</translation>
    </message>
    <message>
        <source>Granted but refused: authorize again (tokens predate the grant)</source>
        <translation>Concedida pero rechazada: vuelva a autorizar (los tokens son anteriores a la concesión)</translation>
    </message>
    <message>
        <source>Missing: your requests need it; grant it in Registration</source>
        <translation>Falta: sus solicitudes la necesitan; concédala en Registro</translation>
    </message>
    <message>
        <source>Allowed although not in the registration: update the registration</source>
        <translation>Permitida aunque no figura en el registro: actualice el registro</translation>
    </message>
    <message>
        <source>OK: granted and working</source>
        <translation>Correcto: concedida y en funcionamiento</translation>
    </message>
    <message>
        <source>Granted, not used yet</source>
        <translation>Concedida, aún sin usar</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>%1 allowed, %2 refused</source>
        <translation>permitidas: %1, rechazadas: %2</translation>
    </message>
    <message>
        <source>Nothing missing: every API your requests used is granted.</source>
        <translation>No falta nada: todas las API que han usado sus solicitudes están concedidas.</translation>
    </message>
    <message>
        <source>Missing: %1.</source>
        <translation>Falta: %1.</translation>
    </message>
    <message>
        <source>Granted but not used yet: %1.</source>
        <translation>Concedidas pero aún sin usar: %1.</translation>
    </message>
</context>
<context>
    <name>SessionController</name>
    <message>
        <source>Profile &quot;%1&quot; could not be opened: %2</source>
        <translation>No se pudo abrir el perfil &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>StaticTokenProvider</name>
    <message>
        <source>No API key or access token has been entered for this account.</source>
        <translation>No se ha introducido ninguna clave de API ni token de acceso para esta cuenta.</translation>
    </message>
    <message>
        <source>The API key expired at %1; create a new one in Lofty.</source>
        <translation>La clave de API caducó el %1; cree una nueva en Lofty.</translation>
    </message>
    <message>
        <source>The access token expired at %1; paste a new one.</source>
        <translation>El token de acceso caducó el %1; pegue uno nuevo.</translation>
    </message>
</context>
<context>
    <name>TextFindBar</name>
    <message>
        <source>Find in the response</source>
        <translation>Buscar en la respuesta</translation>
    </message>
    <message>
        <source>Return finds the next match, Shift+Return the previous one</source>
        <translation>Intro busca la siguiente coincidencia; Mayús+Intro, la anterior</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Coincidencia anterior</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Coincidencia siguiente</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation>Cerrar la barra de búsqueda</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Sin coincidencias</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
</context>
<context>
    <name>TokenEndpointRequest</name>
    <message>
        <source>No network access manager is available.</source>
        <translation>No hay ningún gestor de acceso a la red disponible.</translation>
    </message>
    <message>
        <source>The token endpoint did not answer within %1 seconds.</source>
        <translation>El endpoint de token no respondió en %1 segundos.</translation>
    </message>
    <message>
        <source>The token endpoint could not be reached: %1</source>
        <translation>No se pudo contactar con el endpoint de token: %1</translation>
    </message>
</context>
<context>
    <name>TokenProvider</name>
    <message>
        <source>The server refused this credential, and it cannot be renewed.</source>
        <translation>El servidor rechazó esta credencial y no se puede renovar.</translation>
    </message>
</context>
<context>
    <name>TokenRefresher</name>
    <message>
        <source>This account has to be authorized again in the browser.</source>
        <translation>Hay que volver a autorizar esta cuenta en el navegador.</translation>
    </message>
    <message>
        <source>There is no refresh token; the account has to be authorized again.</source>
        <translation>No hay token de actualización; hay que volver a autorizar la cuenta.</translation>
    </message>
    <message>
        <source>Refreshing this account needs the app&apos;s client secret, and none is available (it is not in the keychain). Save the client secret, then refresh again; nothing was sent.</source>
        <translation>Para renovar esta cuenta se necesita el secreto de cliente de la app, y no hay ninguno disponible (no está en el llavero). Guarde el secreto de cliente y vuelva a renovar; no se envió nada.</translation>
    </message>
</context>
<context>
    <name>TokenResponse</name>
    <message>
        <source>The token endpoint refused the request (HTTP %1): %2: %3</source>
        <translation>El endpoint de token rechazó la solicitud (HTTP %1): %2: %3</translation>
    </message>
    <message>
        <source>The token endpoint refused the request (HTTP %1): %2</source>
        <translation>El endpoint de token rechazó la solicitud (HTTP %1): %2</translation>
    </message>
    <message>
        <source>The token endpoint answered HTTP %1: %2</source>
        <translation>El endpoint de token respondió HTTP %1: %2</translation>
    </message>
    <message>
        <source>The token endpoint answered HTTP %1 with an empty body.</source>
        <translation>El endpoint de token respondió HTTP %1 con el cuerpo vacío.</translation>
    </message>
    <message>
        <source>The token endpoint&apos;s answer is neither JSON nor a form: %1</source>
        <translation>La respuesta del endpoint de token no es ni JSON ni un formulario: %1</translation>
    </message>
    <message>
        <source>The token endpoint&apos;s answer has no access_token: %1</source>
        <translation>La respuesta del endpoint de token no tiene access_token: %1</translation>
    </message>
</context>
<context>
    <name>TokensPanel</name>
    <message>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>Authorization Code</source>
        <translation>Código de autorización</translation>
    </message>
    <message>
        <source>Authorization Code + PKCE</source>
        <translation>Código de autorización + PKCE</translation>
    </message>
    <message>
        <source>Client Credentials</source>
        <translation>Credenciales de cliente</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clave de API</translation>
    </message>
    <message>
        <source>Pasted token</source>
        <translation>Token pegado</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>Inspect, test, refresh and forget the account&apos;s token</source>
        <translation>Inspeccione, pruebe, renueve y olvide el token de la cuenta</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>The account whose token is shown; it also becomes the current account</source>
        <translation>La cuenta cuyo token se muestra; también pasa a ser la cuenta actual</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Token de acceso</translation>
    </message>
    <message>
        <source>Masked unless revealed</source>
        <translation>Enmascarado salvo que se muestre</translation>
    </message>
    <message>
        <source>&amp;Reveal</source>
        <translation>&amp;Mostrar</translation>
    </message>
    <message>
        <source>Show the token in clear (Ctrl+R)</source>
        <translation>Mostrar el token en claro (Ctrl+R)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Copy the token to the clipboard</source>
        <translation>Copiar el token al portapapeles</translation>
    </message>
    <message>
        <source>Copy as &amp;header</source>
        <translation>Copiar como cab&amp;ecera</translation>
    </message>
    <message>
        <source>Copy &quot;Authorization: Bearer …&quot; to the clipboard</source>
        <translation>Copiar &quot;Authorization: Bearer …&quot; al portapapeles</translation>
    </message>
    <message>
        <source>Token type</source>
        <translation>Tipo de token</translation>
    </message>
    <message>
        <source>Grant</source>
        <translation>Concesión</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Ámbito</translation>
    </message>
    <message>
        <source>Obtained</source>
        <translation>Obtenido</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Caduca</translation>
    </message>
    <message>
        <source>Refresh token</source>
        <translation>Token de actualización</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>C&amp;uenta:</translation>
    </message>
    <message>
        <source>Access token:</source>
        <translation>Token de acceso:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Tipo:</translation>
    </message>
    <message>
        <source>Grant:</source>
        <translation>Concesión:</translation>
    </message>
    <message>
        <source>Scope:</source>
        <translation>Ámbito:</translation>
    </message>
    <message>
        <source>Obtained:</source>
        <translation>Obtenido:</translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation>Caduca:</translation>
    </message>
    <message>
        <source>Lifetime left:</source>
        <translation>Vigencia restante:</translation>
    </message>
    <message>
        <source>Refresh token:</source>
        <translation>Token de actualización:</translation>
    </message>
    <message>
        <source>Re&amp;fresh now</source>
        <translation>&amp;Renovar ahora</translation>
    </message>
    <message>
        <source>Get a new token now</source>
        <translation>Obtener un token nuevo ahora</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>Pro&amp;bar</translation>
    </message>
    <message>
        <source>F&amp;orget…</source>
        <translation>O&amp;lvidar…</translation>
    </message>
    <message>
        <source>Remove the account and its secrets from the keychain</source>
        <translation>Quitar la cuenta y sus secretos del llavero</translation>
    </message>
    <message>
        <source>Forget this account? Its token and keys are removed from the keychain.</source>
        <translation>¿Olvidar esta cuenta? Su token y sus claves se eliminarán del llavero.</translation>
    </message>
    <message>
        <source>Forget it</source>
        <translation>Olvidarla</translation>
    </message>
    <message>
        <source>Remove the account now</source>
        <translation>Quitar la cuenta ahora</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Conservarla</translation>
    </message>
    <message>
        <source>Do not remove the account</source>
        <translation>No quitar la cuenta</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Claim</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Decoded JWT</source>
        <translation>JWT descodificado</translation>
    </message>
    <message>
        <source>Header and payload of the token when it is a JWT; the signature is not checked</source>
        <translation>Cabecera y carga útil del token cuando es un JWT; la firma no se comprueba</translation>
    </message>
    <message>
        <source>Raw token response, masked</source>
        <translation>Respuesta de token sin procesar, enmascarada</translation>
    </message>
    <message>
        <source>The account&apos;s secrets could not be read: %1</source>
        <translation>No se pudieron leer los secretos de la cuenta: %1</translation>
    </message>
    <message>
        <source>API key (Authorization: token)</source>
        <translation>Clave de API (Authorization: token)</translation>
    </message>
    <message>
        <source>Bearer access token (token_type &quot;%1&quot;)</source>
        <translation>Token de acceso Bearer (token_type &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>No token</source>
        <translation>Sin token</translation>
    </message>
    <message>
        <source>(none given)</source>
        <translation>(no indicado)</translation>
    </message>
    <message>
        <source>Does not expire, or not said</source>
        <translation>No caduca, o no se indica</translation>
    </message>
    <message>
        <source>None: when the token expires the account must be authorized again</source>
        <translation>Ninguno: cuando el token caduque, habrá que volver a autorizar la cuenta</translation>
    </message>
    <message>
        <source>Not a JWT</source>
        <translation>No es un JWT</translation>
    </message>
    <message>
        <source>The token is opaque: nothing to decode</source>
        <translation>El token es opaco: no hay nada que descodificar</translation>
    </message>
    <message>
        <source>Not decodable</source>
        <translation>No descodificable</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Cabecera</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>Carga útil</translation>
    </message>
    <message>
        <source>%1 (as time)</source>
        <translation>%1 (como hora)</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Firma</translation>
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
        <translation>&amp;Ocultar</translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation>Renovando…</translation>
    </message>
    <message>
        <source>Does not work: %1. %2</source>
        <translation>No funciona: %1. %2</translation>
    </message>
    <message numerus="yes">
        <source>Copied the access token (%n character(s))</source>
        <translation>
            <numerusform>Se copió el token de acceso (%n carácter)</numerusform>
            <numerusform>Se copió el token de acceso (%n caracteres)</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied the Authorization header</source>
        <translation>Se copió la cabecera Authorization</translation>
    </message>
    <message>
        <source>Account state</source>
        <translation>Estado de la cuenta</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identidad</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <source>Identity:</source>
        <translation>Identidad:</translation>
    </message>
    <message>
        <source>Authorize this account again in the Authorize panel; it keeps its id and label</source>
        <translation>Volver a autorizar esta cuenta en el panel Autorizar; conserva su ID y su etiqueta</translation>
    </message>
    <message>
        <source>Call the profile&apos;s identity path with this token</source>
        <translation>Llamar a la ruta de identidad del perfil con este token</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No account</source>
        <translation>Sin cuenta</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Desconocido</translation>
    </message>
    <message numerus="yes">
        <source>Present, %n day(s) old</source>
        <translation>
            <numerusform>Presente, con %n día de antigüedad</numerusform>
            <numerusform>Presente, con %n días de antigüedad</numerusform>
        </translation>
    </message>
    <message>
        <source>Present; age unknown</source>
        <translation>Presente; antigüedad desconocida</translation>
    </message>
    <message numerus="yes">
        <source>Present; age unknown (the provider keeps refresh tokens %n day(s))</source>
        <translation>
            <numerusform>Presente; antigüedad desconocida (el proveedor conserva los tokens de actualización %n día)</numerusform>
            <numerusform>Presente; antigüedad desconocida (el proveedor conserva los tokens de actualización %n días)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Present, %n day(s) old; about %1 of %2 days left</source>
        <translation>
            <numerusform>Presente, con %n día de antigüedad; quedan unos %1 de %2 días</numerusform>
            <numerusform>Presente, con %n días de antigüedad; quedan unos %1 de %2 días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Present but %n day(s) old: past the provider&apos;s %1 days, authorize again</source>
        <translation>
            <numerusform>Presente, pero con %n día de antigüedad: supera los %1 días del proveedor; vuelva a autorizar</numerusform>
            <numerusform>Presente, pero con %n días de antigüedad: supera los %1 días del proveedor; vuelva a autorizar</numerusform>
        </translation>
    </message>
    <message>
        <source>Refreshed.</source>
        <translation>Renovado.</translation>
    </message>
    <message>
        <source>The refresh failed: %1</source>
        <translation>No se pudo renovar: %1</translation>
    </message>
    <message>
        <source>Testing with GET %1…</source>
        <translation>Probando con GET %1…</translation>
    </message>
    <message>
        <source>Works: GET %1 answered %2 in %3 ms.</source>
        <translation>Funciona: GET %1 respondió %2 en %3 ms.</translation>
    </message>
    <message>
        <source>Re-authori&amp;ze…</source>
        <translation>Volver a autori&amp;zar…</translation>
    </message>
</context>
<context>
    <name>WebhookConnection</name>
    <message>
        <source>The client sent no complete delivery within %1 s.</source>
        <translation>El cliente no envió ninguna entrega completa en %1 s.</translation>
    </message>
</context>
<context>
    <name>WebhookDelivery</name>
    <message>
        <source>1 Agent</source>
        <translation>1 Agente</translation>
    </message>
    <message>
        <source>2 Lead Info</source>
        <translation>2 Información del lead</translation>
    </message>
    <message>
        <source>3 Lead Activity</source>
        <translation>3 Actividad del lead</translation>
    </message>
    <message>
        <source>4 Listing Alert</source>
        <translation>4 Alerta de listado</translation>
    </message>
    <message>
        <source>5 Transaction</source>
        <translation>5 Transacción</translation>
    </message>
    <message>
        <source>6 Call</source>
        <translation>6 Llamada</translation>
    </message>
    <message>
        <source>7 Email</source>
        <translation>7 Correo electrónico</translation>
    </message>
    <message>
        <source>8 Text</source>
        <translation>8 Mensaje de texto</translation>
    </message>
    <message>
        <source>9 Note</source>
        <translation>9 Nota</translation>
    </message>
    <message>
        <source>10 Task</source>
        <translation>10 Tarea</translation>
    </message>
    <message>
        <source>11 Appointment</source>
        <translation>11 Cita</translation>
    </message>
    <message>
        <source>12 Pipeline Change</source>
        <translation>12 Cambio de pipeline</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocida</translation>
    </message>
</context>
<context>
    <name>WebhookDeliveryParser</name>
    <message>
        <source>A webhook delivery is a POST, not %1.</source>
        <translation>Una entrega de webhook es un POST, no %1.</translation>
    </message>
    <message>
        <source>The delivery has no body; Lofty posts a JSON object.</source>
        <translation>La entrega no tiene cuerpo; Lofty envía un objeto JSON.</translation>
    </message>
    <message>
        <source>The delivery&apos;s body is not JSON: %1</source>
        <translation>El cuerpo de la entrega no es JSON: %1</translation>
    </message>
</context>
<context>
    <name>WebhookForward</name>
    <message>
        <source>&quot;%1&quot; is not a URL such as http://127.0.0.1:8080/webhook.</source>
        <translation>&quot;%1&quot; no es una URL como http://127.0.0.1:8080/webhook.</translation>
    </message>
    <message>
        <source>Deliveries are forwarded over http or https, not &quot;%1&quot;.</source>
        <translation>Las entregas se reenvían por http o https, no por &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Deliveries are forwarded to this computer only (127.0.0.1, ::1 or localhost), not to &quot;%1&quot;.</source>
        <translation>Las entregas solo se reenvían a este equipo (127.0.0.1, ::1 o localhost), no a &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>No answer from %1 within %2 s.</source>
        <translation>Sin respuesta de %1 en %2 s.</translation>
    </message>
    <message>
        <source>Cannot reach %1: %2</source>
        <translation>No se puede contactar con %1: %2</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2.</source>
        <translation>%1 respondió HTTP %2.</translation>
    </message>
</context>
<context>
    <name>WebhookHistory</name>
    <message>
        <source>Cannot read the webhook history %1: %2</source>
        <translation>No se puede leer el historial de webhooks %1: %2</translation>
    </message>
    <message>
        <source>Cannot create the folder of the webhook history %1.</source>
        <translation>No se puede crear la carpeta del historial de webhooks %1.</translation>
    </message>
    <message>
        <source>Cannot write the webhook history %1: %2</source>
        <translation>No se puede escribir el historial de webhooks %1: %2</translation>
    </message>
    <message>
        <source>Cannot rewrite the webhook history %1: %2</source>
        <translation>No se puede reescribir el historial de webhooks %1: %2</translation>
    </message>
    <message>
        <source>Cannot clear the webhook history %1: %2</source>
        <translation>No se puede vaciar el historial de webhooks %1: %2</translation>
    </message>
</context>
<context>
    <name>WebhookReceiver</name>
    <message>
        <source>Cannot listen on 127.0.0.1:%1: %2</source>
        <translation>No se puede escuchar en 127.0.0.1:%1: %2</translation>
    </message>
</context>
<context>
    <name>WebhookSubscription</name>
    <message>
        <source>The event list must be a number from 1 to 12.</source>
        <translation>La lista de eventos debe ser un número del 1 al 12.</translation>
    </message>
    <message>
        <source>The callback must be a full URL such as https://hooks.example.com/lofty.</source>
        <translation>El callback debe ser una URL completa, como https://hooks.example.com/lofty.</translation>
    </message>
    <message>
        <source>The callback must be https://, or http:// to 127.0.0.1 or localhost.</source>
        <translation>El callback debe ser https://, o http:// a 127.0.0.1 o localhost.</translation>
    </message>
    <message>
        <source>Lofty takes https:// callbacks only; point a tunnel you run at the local receiver and give its https:// address.</source>
        <translation>Lofty solo acepta callbacks https://; dirija un túnel propio al receptor local e indique su dirección https://.</translation>
    </message>
    <message>
        <source>Lofty&apos;s servers cannot reach %1 on your computer; give your tunnel&apos;s public https:// address.</source>
        <translation>Los servidores de Lofty no pueden llegar a %1 en su equipo; indique la dirección https:// pública de su túnel.</translation>
    </message>
    <message>
        <source>The limit must be from 1 to 5000.</source>
        <translation>El límite debe estar entre 1 y 5000.</translation>
    </message>
    <message>
        <source>The permission mode must be 0 or 1.</source>
        <translation>El modo de permisos debe ser 0 o 1.</translation>
    </message>
</context>
<context>
    <name>WebhooksPanel</name>
    <message>
        <source>Refused a delivery (HTTP %1): %2</source>
        <translation>Se rechazó una entrega (HTTP %1): %2</translation>
    </message>
    <message>
        <source>Subscriptions of the selected account</source>
        <translation>Suscripciones de la cuenta seleccionada</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Event list</source>
        <translation>Lista de eventos</translation>
    </message>
    <message>
        <source>Callback</source>
        <translation>Callback</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Límite</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modo</translation>
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
        <translation>Usar el receptor local</translation>
    </message>
    <message>
        <source>Event list:</source>
        <translation>Lista de eventos:</translation>
    </message>
    <message>
        <source>Callback URL:</source>
        <translation>URL de callback:</translation>
    </message>
    <message>
        <source>Limit:</source>
        <translation>Límite:</translation>
    </message>
    <message>
        <source>Permission mode:</source>
        <translation>Modo de permisos:</translation>
    </message>
    <message>
        <source>Subscribe</source>
        <translation>Suscribir</translation>
    </message>
    <message>
        <source>Delete selected</source>
        <translation>Eliminar la seleccionada</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Local receiver (binds 127.0.0.1 only)</source>
        <translation>Receptor local (solo escucha en 127.0.0.1)</translation>
    </message>
    <message>
        <source>any free port</source>
        <translation>cualquier puerto libre</translation>
    </message>
    <message>
        <source>http://127.0.0.1:3000/webhook</source>
        <translation>http://127.0.0.1:3000/webhook</translation>
    </message>
    <message>
        <source>Forward each delivery as it arrives</source>
        <translation>Reenviar cada entrega en cuanto llegue</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Puerto:</translation>
    </message>
    <message>
        <source>Forward to:</source>
        <translation>Reenviar a:</translation>
    </message>
    <message>
        <source>Deliveries (kept in the webhook history, secrets masked)</source>
        <translation>Entregas (guardadas en el historial de webhooks, con los secretos enmascarados)</translation>
    </message>
    <message>
        <source>Received (UTC)</source>
        <translation>Recibida (UTC)</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Ruta</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Cabecera</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Fetch the lead&apos;s activities</source>
        <translation>Obtener las actividades del lead</translation>
    </message>
    <message>
        <source>Replay to URL</source>
        <translation>Reproducir en una URL</translation>
    </message>
    <message>
        <source>Sandbox: subscribe with the local receiver&apos;s http://127.0.0.1 URL; the sandbox delivers its events there a few seconds after data changes.</source>
        <translation>Sandbox: suscríbase con la URL http://127.0.0.1 del receptor local; el sandbox entrega allí sus eventos unos segundos después de que cambien los datos.</translation>
    </message>
    <message>
        <source>Lofty delivers only to a public https:// callback. Run a tunnel of your choice that forwards a public HTTPS address to the receiver&apos;s port, and subscribe with that address. The console itself never listens beyond 127.0.0.1.</source>
        <translation>Lofty solo entrega a un callback https:// público. Ejecute el túnel que prefiera para reenviar una dirección HTTPS pública al puerto del receptor y suscríbase con esa dirección. La propia consola nunca escucha fuera de 127.0.0.1.</translation>
    </message>
    <message>
        <source>Choose a profile and an account first.</source>
        <translation>Elija primero un perfil y una cuenta.</translation>
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
            <numerusform>%n suscripción.</numerusform>
            <numerusform>%n suscripciones.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the subscription to delete.</source>
        <translation>Seleccione la suscripción que desea eliminar.</translation>
    </message>
    <message>
        <source>Stop receiver</source>
        <translation>Detener el receptor</translation>
    </message>
    <message>
        <source>Start receiver</source>
        <translation>Iniciar el receptor</translation>
    </message>
    <message>
        <source>Listening on %1 (127.0.0.1 only).</source>
        <translation>Escuchando en %1 (solo 127.0.0.1).</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Detenido.</translation>
    </message>
    <message>
        <source>Select a delivery to replay.</source>
        <translation>Seleccione una entrega para reproducirla.</translation>
    </message>
    <message>
        <source>Posting to %1 …</source>
        <translation>Enviando a %1 …</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2.</source>
        <translation>%1 respondió HTTP %2.</translation>
    </message>
    <message>
        <source>Replay URL</source>
        <translation>URL de reproducción</translation>
    </message>
</context>
<context>
    <name>lofty-sandbox</name>
    <message>
        <source>Lofty Sandbox (not the real Lofty) is running.</source>
        <translation>Lofty Sandbox (no el Lofty real) está en ejecución.</translation>
    </message>
    <message>
        <source>Apps:</source>
        <translation>Apps:</translation>
    </message>
    <message>
        <source>Press Ctrl+C to stop.</source>
        <translation>Pulse Ctrl+C para detenerlo.</translation>
    </message>
    <message>
        <source>Cannot listen on 127.0.0.1:%1.</source>
        <translation>No se puede escuchar en 127.0.0.1:%1.</translation>
    </message>
    <message>
        <source>Warning: cannot handle SIGINT/SIGTERM.</source>
        <translation>Advertencia: no se pueden gestionar SIGINT/SIGTERM.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Detenido.</translation>
    </message>
    <message>
        <source>  Admin API key:   </source>
        <translation>  Clave API admin: </translation>
    </message>
</context>
</TS>
