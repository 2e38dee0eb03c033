<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Capabilities</name>
    <message>
        <source>the module &quot;%1&quot; is not a NINA-W13, NINA-W15 or ODIN-W26</source>
        <translation>模块“%1”不是 NINA-W13、NINA-W15 或 ODIN-W26</translation>
    </message>
    <message>
        <source>%1 firmware %2 is older than the Azure application note supports</source>
        <translation>%1 的固件 %2 版本低于 Azure 应用说明所支持的版本</translation>
    </message>
</context>
<context>
    <name>Cause</name>
    <message>
        <source>the profile is incomplete</source>
        <translation>配置文件不完整</translation>
    </message>
    <message>
        <source>a secret the profile needs is not set</source>
        <translation>配置文件所需的某个机密未设置</translation>
    </message>
    <message>
        <source>a secret is not usable</source>
        <translation>某个机密不可用</translation>
    </message>
    <message>
        <source>a certificate or key cannot be used</source>
        <translation>某个证书或密钥无法使用</translation>
    </message>
    <message>
        <source>a connection URL is too long for this firmware</source>
        <translation>某个连接 URL 对此固件而言过长</translation>
    </message>
    <message>
        <source>the results database cannot be written</source>
        <translation>无法写入结果数据库</translation>
    </message>
    <message>
        <source>the port cannot be opened</source>
        <translation>无法打开端口</translation>
    </message>
    <message>
        <source>the port is in use</source>
        <translation>端口已被占用</translation>
    </message>
    <message>
        <source>no permission to open the port</source>
        <translation>没有打开端口的权限</translation>
    </message>
    <message>
        <source>the module was unplugged or the port went away</source>
        <translation>模块已拔出或端口已消失</translation>
    </message>
    <message>
        <source>the module does not answer</source>
        <translation>模块无应答</translation>
    </message>
    <message>
        <source>the module stopped answering</source>
        <translation>模块停止了应答</translation>
    </message>
    <message>
        <source>the module restarted unexpectedly</source>
        <translation>模块意外重启</translation>
    </message>
    <message>
        <source>the module did not switch to Extended Data Mode</source>
        <translation>模块未切换到扩展数据模式</translation>
    </message>
    <message>
        <source>the factory reset failed</source>
        <translation>恢复出厂设置失败</translation>
    </message>
    <message>
        <source>the module did not save its settings</source>
        <translation>模块未保存其设置</translation>
    </message>
    <message>
        <source>the module did not come back after the restart</source>
        <translation>模块重启后没有恢复响应</translation>
    </message>
    <message>
        <source>this module or firmware cannot run the profile</source>
        <translation>此模块或固件无法运行该配置文件</translation>
    </message>
    <message>
        <source>a certificate upload was refused or damaged</source>
        <translation>证书上传被拒绝或已损坏</translation>
    </message>
    <message>
        <source>the Wi-Fi settings were refused</source>
        <translation>Wi-Fi 设置被拒绝</translation>
    </message>
    <message>
        <source>wrong Wi-Fi password or security type</source>
        <translation>Wi-Fi 密码或安全类型错误</translation>
    </message>
    <message>
        <source>the Wi-Fi network was not found or did not answer</source>
        <translation>未找到 Wi-Fi 网络或网络无应答</translation>
    </message>
    <message>
        <source>the Wi-Fi connection was lost</source>
        <translation>Wi-Fi 连接已断开</translation>
    </message>
    <message>
        <source>no IP address from the network</source>
        <translation>未从网络获得 IP 地址</translation>
    </message>
    <message>
        <source>the Azure endpoint cannot be reached</source>
        <translation>无法访问 Azure 终结点</translation>
    </message>
    <message>
        <source>the server&apos;s certificate was not trusted</source>
        <translation>服务器的证书不受信任</translation>
    </message>
    <message>
        <source>the module could not connect to Azure</source>
        <translation>模块无法连接到 Azure</translation>
    </message>
    <message>
        <source>DPS refused the device&apos;s credentials</source>
        <translation>DPS 拒绝了设备的凭据</translation>
    </message>
    <message>
        <source>DPS has no enrollment for the device</source>
        <translation>DPS 中没有该设备的注册</translation>
    </message>
    <message>
        <source>DPS could not assign the device</source>
        <translation>DPS 无法分配该设备</translation>
    </message>
    <message>
        <source>the enrollment is disabled</source>
        <translation>注册已禁用</translation>
    </message>
    <message>
        <source>DPS did not answer in time</source>
        <translation>DPS 未及时应答</translation>
    </message>
    <message>
        <source>the IoT Hub refused the device</source>
        <translation>IoT Hub 拒绝了该设备</translation>
    </message>
    <message>
        <source>no cloud-to-device message arrived</source>
        <translation>未收到云到设备消息</translation>
    </message>
    <message>
        <source>the IoT Hub does not know the device</source>
        <translation>IoT Hub 中没有该设备</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>the station stopped while it ran</source>
        <translation>工位程序在运行期间停止了</translation>
    </message>
    <message>
        <source>an unexpected failure</source>
        <translation>意外错误</translation>
    </message>
    <message>
        <source>the module did not keep the Wi-Fi settings it was given</source>
        <translation>模块没有保留写入的 Wi-Fi 设置</translation>
    </message>
    <message>
        <source>the module did not report its model and firmware (AT+GMM, AT+GMR)</source>
        <translation>模块未报告其型号和固件版本（AT+GMM、AT+GMR）</translation>
    </message>
    <message>
        <source>the device ID from the template is not usable</source>
        <translation>由模板生成的设备 ID 不可用</translation>
    </message>
</context>
<context>
    <name>CertificateSummaryWidget</name>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>信息</translation>
    </message>
    <message>
        <source>Certificate in the file</source>
        <translation>文件中的证书</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>使用者：</translation>
    </message>
    <message>
        <source>Issuer:</source>
        <translation>颁发者：</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>有效期：</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>密钥：</translation>
    </message>
    <message>
        <source>Serial:</source>
        <translation>序列号：</translation>
    </message>
    <message>
        <source>SHA-1:</source>
        <translation>SHA-1：</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation>SHA-256：</translation>
    </message>
    <message>
        <source>MD5 (module):</source>
        <translation>MD5（模块）：</translation>
    </message>
    <message>
        <source>MD5 of the DER encoding: what the module reports after AT+USECMNG</source>
        <translation>DER 编码的 MD5：即模块在 AT+USECMNG 之后报告的值</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重性</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Lint findings</source>
        <translation>Lint 检查结果</translation>
    </message>
    <message>
        <source>Nothing loaded.</source>
        <translation>未加载任何内容。</translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s)</source>
        <translation>
            <numerusform>%n 个证书</numerusform>
        </translation>
    </message>
    <message>
        <source>a private key (%1)</source>
        <translation>一个私钥（%1）</translation>
    </message>
    <message>
        <source>a public key (%1)</source>
        <translation>一个公钥（%1）</translation>
    </message>
    <message numerus="yes">
        <source>%n signing request(s)</source>
        <translation>
            <numerusform>%n 个证书签名请求</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 file with %2</source>
        <translation>%1 文件，包含 %2</translation>
    </message>
    <message>
        <source>nothing usable</source>
        <translation>无可用内容</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>; the key belongs to the first certificate</source>
        <translation>；该密钥属于第一个证书</translation>
    </message>
    <message>
        <source>; the key does NOT belong to the first certificate</source>
        <translation>；该密钥不属于第一个证书</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>CN=%1 (request)</source>
        <translation>CN=%1（请求）</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>No findings.</source>
        <translation>未发现问题。</translation>
    </message>
    <message>
        <source>CA</source>
        <translation>CA</translation>
    </message>
    <message>
        <source>self-signed</source>
        <translation>自签名</translation>
    </message>
    <message>
        <source>client authentication</source>
        <translation>客户端身份验证</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>EXPIRED</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>NOT YET VALID</source>
        <translation>尚未生效</translation>
    </message>
    <message>
        <source>valid now</source>
        <translation>当前有效</translation>
    </message>
    <message>
        <source>%1 to %2 UTC (%3)</source>
        <translation>%1 至 %2 UTC（%3）</translation>
    </message>
    <message>
        <source>%1, signature %2</source>
        <translation>%1，签名 %2</translation>
    </message>
</context>
<context>
    <name>CertificateToolsDialog</name>
    <message>
        <source>Certificate tools</source>
        <translation>证书工具</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>生成(&amp;G)</translation>
    </message>
    <message>
        <source>I&amp;nspect</source>
        <translation>检查(&amp;N)</translation>
    </message>
    <message>
        <source>Root CA</source>
        <translation>根 CA</translation>
    </message>
    <message>
        <source>Intermediate CA</source>
        <translation>中间 CA</translation>
    </message>
    <message>
        <source>Device certificate</source>
        <translation>设备证书</translation>
    </message>
    <message>
        <source>Verification certificate (proof of possession)</source>
        <translation>验证证书（所有权证明）</translation>
    </message>
    <message>
        <source>&amp;Make:</source>
        <translation>生成类型(&amp;M)：</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <source>&amp;Organization (O):</source>
        <translation>组织 (O)(&amp;O)：</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>&amp;Validity:</source>
        <translation>有效期(&amp;V)：</translation>
    </message>
    <message>
        <source>EC P-256 is small and fast on the module; RSA 4096 takes seconds to make</source>
        <translation>EC P-256 体积小，在模块上速度快；生成 RSA 4096 密钥需要数秒</translation>
    </message>
    <message>
        <source>&amp;Key type:</source>
        <translation>密钥类型(&amp;K)：</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Issuing CA &amp;certificate:</source>
        <translation>颁发 CA 证书(&amp;C)：</translation>
    </message>
    <message>
        <source>Issuing CA &amp;key:</source>
        <translation>颁发 CA 密钥(&amp;K)：</translation>
    </message>
    <message>
        <source>only when the CA key is encrypted</source>
        <translation>仅当 CA 密钥已加密时</translation>
    </message>
    <message>
        <source>CA key &amp;passphrase:</source>
        <translation>CA 密钥密码短语(&amp;P)：</translation>
    </message>
    <message>
        <source>Output &amp;folder:</source>
        <translation>输出文件夹(&amp;F)：</translation>
    </message>
    <message>
        <source>from the CN</source>
        <translation>取自 CN</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>文件名(&amp;N)：</translation>
    </message>
    <message>
        <source>optional: encrypt the new key (AES-256)</source>
        <translation>可选：加密新密钥（AES-256）</translation>
    </message>
    <message>
        <source>New key pa&amp;ssphrase:</source>
        <translation>新密钥密码短语(&amp;S)：</translation>
    </message>
    <message>
        <source>Gene&amp;rate</source>
        <translation>生成(&amp;R)</translation>
    </message>
    <message>
        <source>certificate, key, CSR or PKCS#12 file (PEM or DER)</source>
        <translation>证书、密钥、CSR 或 PKCS#12 文件（PEM 或 DER）</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>PKCS#12 or encrypted key only</source>
        <translation>仅限 PKCS#12 或已加密的密钥</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>密码(&amp;W)：</translation>
    </message>
    <message>
        <source>optional: the device / registration ID the certificate is for</source>
        <translation>可选：证书所对应的设备 ID / 注册 ID</translation>
    </message>
    <message>
        <source>E&amp;xpected ID:</source>
        <translation>预期 ID(&amp;X)：</translation>
    </message>
    <message>
        <source>Ins&amp;pect</source>
        <translation>检查(&amp;P)</translation>
    </message>
    <message>
        <source>Inspect a file</source>
        <translation>检查文件</translation>
    </message>
    <message>
        <source>Common name (&amp;CN):</source>
        <translation>公用名 (CN)(&amp;C)：</translation>
    </message>
    <message>
        <source>e.g. Acme Factory Root CA</source>
        <translation>例如 Acme Factory Root CA</translation>
    </message>
    <message>
        <source>e.g. Acme Line 1 Intermediate CA</source>
        <translation>例如 Acme Line 1 Intermediate CA</translation>
    </message>
    <message>
        <source>Device / registration ID (&amp;CN):</source>
        <translation>设备 ID / 注册 ID (CN)(&amp;C)：</translation>
    </message>
    <message>
        <source>e.g. nina-w152-d4ca6e000001</source>
        <translation>例如 nina-w152-d4ca6e000001</translation>
    </message>
    <message>
        <source>Verification &amp;code:</source>
        <translation>验证码(&amp;C)：</translation>
    </message>
    <message>
        <source>the code the Azure portal shows for the CA</source>
        <translation>Azure 门户为该 CA 显示的验证码</translation>
    </message>
    <message>
        <source>Certificates and keys (*.pem *.crt *.cer *.der *.key *.p12 *.pfx *.csr)</source>
        <translation>证书和密钥 (*.pem *.crt *.cer *.der *.key *.p12 *.pfx *.csr)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>Enter the verification code.</source>
        <translation>请输入验证码。</translation>
    </message>
    <message>
        <source>Enter a common name (CN).</source>
        <translation>请输入公用名 (CN)。</translation>
    </message>
    <message>
        <source>Choose an output folder.</source>
        <translation>请选择输出文件夹。</translation>
    </message>
    <message>
        <source>Choose the issuing CA&apos;s certificate and key files.</source>
        <translation>请选择颁发 CA 的证书文件和密钥文件。</translation>
    </message>
    <message>
        <source>Making an %1 key; this can take several seconds…</source>
        <translation>正在生成 %1 密钥，这可能需要数秒…</translation>
    </message>
    <message>
        <source>Generating…</source>
        <translation>正在生成…</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>%1 already exists; choose another file name or folder.</source>
        <translation>%1 已存在；请选择其他文件名或文件夹。</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>已写入 %1</translation>
    </message>
    <message>
        <source> and %1 (owner-only, mode 0600%2)</source>
        <translation> 和 %1（仅所有者可访问，权限 0600%2）</translation>
    </message>
    <message>
        <source>, encrypted</source>
        <translation>，已加密</translation>
    </message>
    <message>
        <source>Error: choose a file to inspect.</source>
        <translation>错误：请选择要检查的文件。</translation>
    </message>
    <message>
        <source>In a file</source>
        <translation>在文件中</translation>
    </message>
    <message>
        <source>On a token (PKCS#11)</source>
        <translation>在令牌上 (PKCS#11)</translation>
    </message>
    <message>
        <source>Issuing CA key is &amp;held:</source>
        <translation>颁发 CA 密钥的位置(&amp;H)：</translation>
    </message>
    <message>
        <source>Ne&amp;w key:</source>
        <translation>新密钥(&amp;W)：</translation>
    </message>
    <message>
        <source>pkcs11:token=…;object=… (a new name on the token)</source>
        <translation>pkcs11:token=…;object=…（令牌上的新名称）</translation>
    </message>
    <message>
        <source>Token key &amp;URI:</source>
        <translation>令牌密钥 URI(&amp;U)：</translation>
    </message>
    <message>
        <source>Token user P&amp;IN:</source>
        <translation>令牌用户 PIN(&amp;I)：</translation>
    </message>
    <message>
        <source>Issuing CA &amp;key URI:</source>
        <translation>颁发 CA 密钥 URI(&amp;K)：</translation>
    </message>
    <message>
        <source>pkcs11:token=…;object=…</source>
        <translation>pkcs11:token=…;object=…</translation>
    </message>
    <message>
        <source>CA token user &amp;PIN:</source>
        <translation>CA 令牌用户 PIN(&amp;P)：</translation>
    </message>
    <message>
        <source>the PIN of the token that holds the CA key</source>
        <translation>存放 CA 密钥的令牌的 PIN</translation>
    </message>
    <message>
        <source>Choose the issuing CA&apos;s certificate and type its key&apos;s pkcs11: URI.</source>
        <translation>请选择颁发 CA 的证书，并输入其密钥的 pkcs11: URI。</translation>
    </message>
    <message>
        <source>A key on a token is named by a URI that starts with pkcs11:.</source>
        <translation>令牌上的密钥用以 pkcs11: 开头的 URI 指定。</translation>
    </message>
    <message>
        <source>Type the user PIN of the token that holds the issuing CA&apos;s key.</source>
        <translation>请输入存放颁发 CA 密钥的令牌的用户 PIN。</translation>
    </message>
    <message>
        <source>Type the URI of the new key on the token (pkcs11:token=…;object=…).</source>
        <translation>请输入令牌上新密钥的 URI（pkcs11:token=…;object=…）。</translation>
    </message>
    <message>
        <source>Type the token&apos;s user PIN.</source>
        <translation>请输入令牌的用户 PIN。</translation>
    </message>
    <message>
        <source>; the key is on the token: %1</source>
        <translation>；密钥在令牌上：%1</translation>
    </message>
    <message>
        <source>&amp;Leave the new CA key unencrypted (not recommended)</source>
        <translation>新 CA 密钥不加密（不推荐）(&amp;L)</translation>
    </message>
    <message>
        <source>Whoever can read an unencrypted CA key file can issue certificates that Azure trusts. Prefer a passphrase or a token.</source>
        <translation>任何能读取未加密 CA 密钥文件的人都能签发 Azure 信任的证书。请优先使用密码短语或令牌。</translation>
    </message>
    <message>
        <source>encrypts the CA key (AES-256)</source>
        <translation>用于加密 CA 密钥（AES-256）</translation>
    </message>
    <message>
        <source>Type a passphrase for the new CA key, or tick “Leave the new CA key unencrypted” to write it in clear on purpose.</source>
        <translation>请为新 CA 密钥输入密码短语，或勾选“新 CA 密钥不加密”以有意将其以明文写入。</translation>
    </message>
    <message>
        <source>Either type a passphrase for the new CA key or leave it unencrypted, not both.</source>
        <translation>请为新 CA 密钥输入密码短语或选择不加密，二者只能选其一。</translation>
    </message>
    <message>
        <source>Warning: the CA key is not encrypted; whoever can read it can issue certificates that Azure trusts.</source>
        <translation>警告：CA 密钥未加密；任何能读取它的人都能签发 Azure 信任的证书。</translation>
    </message>
</context>
<context>
    <name>CertificatesPage</name>
    <message>
        <source>Certificates</source>
        <translation>证书</translation>
    </message>
    <message>
        <source>&amp;Generate a CA…</source>
        <translation>生成 CA(&amp;G)…</translation>
    </message>
    <message>
        <source>PEM, DER or PKCS#12 (.p12, .pfx)</source>
        <translation>PEM、DER 或 PKCS#12（.p12、.pfx）</translation>
    </message>
    <message>
        <source>only when the key is in a separate file</source>
        <translation>仅当密钥位于单独的文件中时</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der *.p12 *.pfx);;All files (*)</source>
        <translation>证书 (*.pem *.crt *.cer *.der *.p12 *.pfx);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Open the signing CA</source>
        <translation>打开签名 CA</translation>
    </message>
    <message>
        <source>%1 holds no certificate.</source>
        <translation>%1 中没有证书。</translation>
    </message>
    <message>
        <source>%1 (expired, not shipped)</source>
        <translation>%1（已过期，未随附）</translation>
    </message>
    <message>
        <source>Check at least one trust root.</source>
        <translation>请至少勾选一个信任根证书。</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer)</source>
        <translation>PEM 证书 (*.pem *.crt *.cer)</translation>
    </message>
    <message>
        <source>Add a trust root</source>
        <translation>添加信任根证书</translation>
    </message>
    <message>
        <source>The CA that signs device certificates, the proof of possession for Azure, and the roots the module trusts.</source>
        <translation>签署设备证书的 CA、用于 Azure 的所有权证明，以及模块信任的根证书。</translation>
    </message>
    <message>
        <source>Made on the station, signed by the CA</source>
        <translation>在工位上生成，由 CA 签名</translation>
    </message>
    <message>
        <source>Taken from a folder (&lt;id&gt;.pem, &lt;id&gt;.key.pem)</source>
        <translation>取自文件夹（&lt;id&gt;.pem、&lt;id&gt;.key.pem）</translation>
    </message>
    <message>
        <source>&amp;Device certificates:</source>
        <translation>设备证书(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Key type:</source>
        <translation>密钥类型(&amp;K)：</translation>
    </message>
    <message>
        <source>Va&amp;lidity:</source>
        <translation>有效期(&amp;L)：</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>&amp;CA file:</source>
        <translation>CA 文件(&amp;C)：</translation>
    </message>
    <message>
        <source>CA key f&amp;ile:</source>
        <translation>CA 密钥文件(&amp;I)：</translation>
    </message>
    <message>
        <source>CA key pa&amp;ssphrase:</source>
        <translation>CA 密钥密码短语(&amp;S)：</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>浏览(&amp;W)…</translation>
    </message>
    <message>
        <source>Lo&amp;ad</source>
        <translation>加载(&amp;A)</translation>
    </message>
    <message>
        <source>Verification certificate…</source>
        <translation>验证证书…</translation>
    </message>
    <message>
        <source>Proof of possession: make the certificate Azure asks for to verify the CA</source>
        <translation>所有权证明：生成 Azure 验证 CA 时要求的证书</translation>
    </message>
    <message>
        <source>Certificate folde&amp;r:</source>
        <translation>证书文件夹(&amp;R)：</translation>
    </message>
    <message>
        <source>Tr&amp;ust roots:</source>
        <translation>信任根证书(&amp;U)：</translation>
    </message>
    <message>
        <source>Add a root file…</source>
        <translation>添加根证书文件…</translation>
    </message>
    <message>
        <source>Name the folder that holds &lt;id&gt;.pem and &lt;id&gt;.key.pem.</source>
        <translation>请指定包含 &lt;id&gt;.pem 和 &lt;id&gt;.key.pem 的文件夹。</translation>
    </message>
    <message>
        <source>The CA did not load: %1</source>
        <translation>CA 未能加载：%1</translation>
    </message>
    <message>
        <source>Load the CA that signs the device certificates, or generate one.</source>
        <translation>请加载签署设备证书的 CA，或生成一个。</translation>
    </message>
    <message>
        <source>name the CA file</source>
        <translation>请指定 CA 文件</translation>
    </message>
    <message>
        <source>Warning: the CA key is not encrypted on disk.</source>
        <translation>警告：CA 密钥在磁盘上未加密。</translation>
    </message>
    <message>
        <source>CA key:</source>
        <translation>CA 密钥：</translation>
    </message>
    <message>
        <source>Key in a file</source>
        <translation>密钥在文件中</translation>
    </message>
    <message>
        <source>Key on a token (PKCS#11)</source>
        <translation>密钥在令牌上 (PKCS#11)</translation>
    </message>
    <message>
        <source>A token (smart card, USB token, HSM) signs device certificates itself and never lets the CA key out</source>
        <translation>令牌（智能卡、USB 令牌、HSM）自行签署设备证书，CA 密钥永远不会离开令牌</translation>
    </message>
    <message>
        <source>Token key UR&amp;I:</source>
        <translation>令牌密钥 URI(&amp;I)：</translation>
    </message>
    <message>
        <source>Token u&amp;ser PIN:</source>
        <translation>令牌用户 PIN(&amp;S)：</translation>
    </message>
    <message>
        <source>pkcs11:token=…;object=…</source>
        <translation>pkcs11:token=…;object=…</translation>
    </message>
    <message>
        <source>Load the CA to use its key on the token.</source>
        <translation>请加载 CA，以使用令牌上的密钥。</translation>
    </message>
    <message>
        <source>Load the CA to use its key from the file.</source>
        <translation>请加载 CA，以使用文件中的密钥。</translation>
    </message>
    <message>
        <source>Logging in to the token…</source>
        <translation>正在登录令牌…</translation>
    </message>
    <message>
        <source>type the URI of the CA key on the token (pkcs11:token=…;object=…)</source>
        <translation>请输入令牌上 CA 密钥的 URI（pkcs11:token=…;object=…）</translation>
    </message>
    <message>
        <source>type the token&apos;s user PIN</source>
        <translation>请输入令牌的用户 PIN</translation>
    </message>
    <message>
        <source>The CA key is on the token: device certificates are signed there and the key never leaves it.</source>
        <translation>CA 密钥在令牌上：设备证书在令牌上签署，密钥永远不会离开令牌。</translation>
    </message>
    <message>
        <source>X.509 flows sign each module&apos;s certificate with the CA below. Load the CA you verified in Azure (PEM with a key file, or one PKCS#12 file with its passphrase, or a certificate whose key is on a PKCS#11 token: its pkcs11: URI and the token&apos;s user PIN, kept in the secret store), or generate one. To verify a new CA, upload it in the portal, let the portal give you a verification code, make the verification certificate here and upload it. The module trusts the checked roots: DigiCert Global Root G2 is what Azure uses; Baltimore CyberTrust Root expired and is shown only so you recognise it.</source>
        <translation>X.509 流程使用下方的 CA 为每个模块的证书签名。请加载您已在 Azure 中验证过的 CA（PEM 加密钥文件、一个带密码短语的 PKCS#12 文件，或密钥在 PKCS#11 令牌上的证书：其 pkcs11: URI 和令牌的用户 PIN，PIN 保存在机密存储中），或者生成一个新的 CA。要验证新的 CA，请在门户中上传它，让门户给出验证码，在此处生成验证证书并上传。模块信任已勾选的根证书：Azure 使用 DigiCert Global Root G2；Baltimore CyberTrust Root 已过期，列出它只是为了便于您识别。</translation>
    </message>
</context>
<context>
    <name>DeviceStatusPanel</name>
    <message>
        <source>Port:</source>
        <translation>端口：</translation>
    </message>
    <message>
        <source>Baud:</source>
        <translation>波特率：</translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation>模式：</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>型号：</translation>
    </message>
    <message>
        <source>Firmware:</source>
        <translation>固件：</translation>
    </message>
    <message>
        <source>Wi-Fi MAC:</source>
        <translation>Wi-Fi MAC：</translation>
    </message>
    <message>
        <source>Wi-Fi link:</source>
        <translation>Wi-Fi 连接：</translation>
    </message>
    <message>
        <source>IP address:</source>
        <translation>IP 地址：</translation>
    </message>
    <message>
        <source>Last error:</source>
        <translation>最近错误：</translation>
    </message>
    <message>
        <source>Peers</source>
        <translation>对端连接</translation>
    </message>
    <message>
        <source>Certificates on the module</source>
        <translation>模块上的证书</translation>
    </message>
    <message>
        <source>Handle</source>
        <translation>句柄</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>通道</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>主机</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>MD5 (module)</source>
        <translation>MD5（模块）</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>校验</translation>
    </message>
</context>
<context>
    <name>EngineerLoginDialog</name>
    <message>
        <source>Engineer mode</source>
        <translation>工程师模式</translation>
    </message>
    <message>
        <source>Reading the engineer password from the secret store…</source>
        <translation>正在从机密存储中读取工程师密码…</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>重复(&amp;R)：</translation>
    </message>
    <message>
        <source>There is no secret store.</source>
        <translation>没有可用的机密存储。</translation>
    </message>
    <message>
        <source>The secret store cannot be read: %1</source>
        <translation>无法读取机密存储：%1</translation>
    </message>
    <message>
        <source>No engineer password is set yet. Choose one (at least 6 characters); operators will need it to change the profile.</source>
        <translation>尚未设置工程师密码。请设置一个（至少 6 个字符）；操作员需要它才能修改配置文件。</translation>
    </message>
    <message>
        <source>Enter the engineer password.</source>
        <translation>请输入工程师密码。</translation>
    </message>
    <message>
        <source>Wrong password.</source>
        <translation>密码错误。</translation>
    </message>
    <message>
        <source>Use at least 6 characters.</source>
        <translation>请至少使用 6 个字符。</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <source>The password could not be stored: %1</source>
        <translation>无法保存密码：%1</translation>
    </message>
</context>
<context>
    <name>HeadlessSecretStore</name>
    <message>
        <source>bad --secret: expected NAME=env:VARIABLE or NAME=file:PATH</source>
        <translation>--secret 无效：应为 NAME=env:VARIABLE 或 NAME=file:PATH</translation>
    </message>
    <message>
        <source>bad --secret: %1</source>
        <translation>--secret 无效：%1</translation>
    </message>
    <message>
        <source>bad --secret for &apos;%1&apos;: after env: give the name of an environment variable (letters, digits and &apos;_&apos;, not starting with a digit)</source>
        <translation>“%1”的 --secret 无效：env: 之后应给出环境变量名（字母、数字和“_”，不能以数字开头）</translation>
    </message>
    <message>
        <source>bad --secret for &apos;%1&apos;: after file: give the path of a file</source>
        <translation>“%1”的 --secret 无效：file: 之后应给出文件路径</translation>
    </message>
    <message>
        <source>bad --secret for &apos;%1&apos;: the source must be env:VARIABLE or file:PATH (a secret value is never given on the command line)</source>
        <translation>“%1”的 --secret 无效：来源必须是 env:VARIABLE 或 file:PATH（机密值绝不在命令行中给出）</translation>
    </message>
    <message>
        <source>the secret &apos;%1&apos; comes from the environment variable %2, which is not set: export %2 before starting</source>
        <translation>机密“%1”来自环境变量 %2，但该变量未设置：请在启动前执行 export %2</translation>
    </message>
    <message>
        <source>the secret &apos;%1&apos; comes from the environment variable %2, which is empty</source>
        <translation>机密“%1”来自环境变量 %2，但该变量为空</translation>
    </message>
    <message>
        <source>the secret file %1 for &apos;%2&apos; cannot be opened: %3</source>
        <translation>无法打开“%2”的机密文件 %1：%3</translation>
    </message>
    <message>
        <source>the secret file %1 for &apos;%2&apos; cannot be examined: %3</source>
        <translation>无法检查“%2”的机密文件 %1：%3</translation>
    </message>
    <message>
        <source>the secret file %1 for &apos;%2&apos; is not a regular file</source>
        <translation>“%2”的机密文件 %1 不是常规文件</translation>
    </message>
    <message>
        <source>the secret file %1 for &apos;%2&apos; has mode %3; it must be 0600 or 0400 (readable by its owner only): run chmod 600 %1</source>
        <translation>“%2”的机密文件 %1 的权限为 %3；必须为 0600 或 0400（仅所有者可读）：请执行 chmod 600 %1</translation>
    </message>
    <message>
        <source>the secret file %1 for &apos;%2&apos; cannot be read: %3</source>
        <translation>无法读取“%2”的机密文件 %1：%3</translation>
    </message>
    <message>
        <source>the secret file %1 for &apos;%2&apos; is empty</source>
        <translation>“%2”的机密文件 %1 为空</translation>
    </message>
    <message>
        <source>cannot store the secret &apos;%1&apos;: secrets given with --secret are read-only; store it in the keychain instead</source>
        <translation>无法保存机密“%1”：通过 --secret 给出的机密是只读的；请改为将其保存在钥匙串中</translation>
    </message>
    <message>
        <source>cannot remove the secret &apos;%1&apos;: secrets given with --secret are read-only</source>
        <translation>无法删除机密“%1”：通过 --secret 给出的机密是只读的</translation>
    </message>
    <message>
        <source>environment/file (headless)</source>
        <translation>环境变量/文件（无界面）</translation>
    </message>
    <message>
        <source>bad --secret for &apos;%1&apos;: %2</source>
        <translation>“%1”的 --secret 无效：%2</translation>
    </message>
    <message>
        <source>the secret file %1 for &apos;%2&apos; is %3 bytes; a secret file holds at most %4</source>
        <translation>“%2”的机密文件 %1 有 %3 字节；机密文件最多 %4 字节</translation>
    </message>
    <message>
        <source>the secret file %1 for &apos;%2&apos; grew past %3 bytes while it was read</source>
        <translation>“%2”的机密文件 %1 在读取时增长到超过 %3 字节</translation>
    </message>
</context>
<context>
    <name>HubPage</name>
    <message>
        <source>Which Azure service the module registers with, and how it proves who it is.</source>
        <translation>模块向哪个 Azure 服务注册，以及如何证明自己的身份。</translation>
    </message>
    <message>
        <source>Operator mode: this is the engineer&apos;s profile, locked. Click Next to go on.</source>
        <translation>操作员模式：这是工程师的配置文件，已锁定。请点击“下一步”继续。</translation>
    </message>
    <message>
        <source>The DPS endpoint must not be empty.</source>
        <translation>DPS 终结点不能为空。</translation>
    </message>
    <message>
        <source>DPS endpoint: %1</source>
        <translation>DPS 终结点：%1</translation>
    </message>
    <message>
        <source>IoT Hub host: %1</source>
        <translation>IoT Hub 主机：%1</translation>
    </message>
    <message>
        <source>A key is base64 text of 16 to 64 bytes, as the portal shows it.</source>
        <translation>密钥是 16 到 64 字节的 Base64 文本，与门户中显示的一致。</translation>
    </message>
    <message>
        <source>Azure</source>
        <translation>Azure</translation>
    </message>
    <message>
        <source>Profile n&amp;ame:</source>
        <translation>配置文件名称(&amp;A)：</translation>
    </message>
    <message>
        <source>F&amp;low:</source>
        <translation>流程(&amp;L)：</translation>
    </message>
    <message>
        <source>DPS en&amp;dpoint:</source>
        <translation>DPS 终结点(&amp;D)：</translation>
    </message>
    <message>
        <source>DPS ID s&amp;cope:</source>
        <translation>DPS ID 范围(&amp;C)：</translation>
    </message>
    <message>
        <source>IoT H&amp;ub host:</source>
        <translation>IoT Hub 主机(&amp;U)：</translation>
    </message>
    <message>
        <source>Dev&amp;ice keys:</source>
        <translation>设备密钥(&amp;I)：</translation>
    </message>
    <message>
        <source>Enrollment &amp;group key:</source>
        <translation>注册组密钥(&amp;G)：</translation>
    </message>
    <message>
        <source>Enrollment &amp;key:</source>
        <translation>注册密钥(&amp;K)：</translation>
    </message>
    <message>
        <source>Device &amp;key:</source>
        <translation>共用设备密钥(&amp;K)：</translation>
    </message>
    <message>
        <source>Impo&amp;rt device keys from a CSV file…</source>
        <translation>从 CSV 文件导入设备密钥(&amp;R)…</translation>
    </message>
    <message>
        <source>One key for all devices</source>
        <translation>所有设备共用一个密钥</translation>
    </message>
    <message>
        <source>A key per device (imported from a CSV file)</source>
        <translation>每个设备一个密钥（从 CSV 文件导入）</translation>
    </message>
    <message>
        <source>0ne followed by 8 hex digits, from the DPS overview page</source>
        <translation>0ne 后跟 8 位十六进制数字，见 DPS 概述页</translation>
    </message>
    <message>
        <source>&lt;name&gt;.azure-devices.net</source>
        <translation>&lt;name&gt;.azure-devices.net</translation>
    </message>
    <message>
        <source>Give the profile a name.</source>
        <translation>请为配置文件命名。</translation>
    </message>
    <message>
        <source>DPS ID scope: %1</source>
        <translation>DPS ID 范围：%1</translation>
    </message>
    <message>
        <source>The IoT Hub host must be set for this flow.</source>
        <translation>此流程必须设置 IoT Hub 主机。</translation>
    </message>
    <message>
        <source>Type the key this flow needs; it goes to the secret store.</source>
        <translation>请输入此流程所需的密钥；它将保存到机密存储中。</translation>
    </message>
    <message>
        <source>Import device keys</source>
        <translation>导入设备密钥</translation>
    </message>
    <message>
        <source>Device keys (*.csv);;All files (*)</source>
        <translation>设备密钥 (*.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>There is no secret store to keep the keys in.</source>
        <translation>没有可用于保存密钥的机密存储。</translation>
    </message>
    <message numerus="yes">
        <source>%n device key(s) imported into %1.</source>
        <translation>
            <numerusform>已将 %n 个设备密钥导入 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation>未导入：%1</translation>
    </message>
    <message>
        <source>Choose the flow the engineer agreed with the cloud team. DPS flows need the global endpoint (global.azure-devices-provisioning.net) and the ID scope from the DPS overview page in the portal (0ne followed by 8 hex digits). Hub flows connect straight to the IoT Hub host (&lt;name&gt;.azure-devices.net). Keys go to the secret store, never into the profile; with a key per device, import a CSV file of deviceId,primaryKey lines.</source>
        <translation>请选择工程师与云团队商定的流程。DPS 流程需要全局终结点（global.azure-devices-provisioning.net）以及门户中 DPS 概述页上的 ID 范围（0ne 后跟 8 位十六进制数字）。Hub 流程直接连接到 IoT Hub 主机（&lt;name&gt;.azure-devices.net）。密钥保存在机密存储中，绝不写入配置文件；如果每个设备一个密钥，请导入由 deviceId,primaryKey 行组成的 CSV 文件。</translation>
    </message>
    <message>
        <source>Hub connection &amp;string:</source>
        <translation>Hub 连接字符串(&amp;S)：</translation>
    </message>
    <message>
        <source>DPS connection string:</source>
        <translation>DPS 连接字符串：</translation>
    </message>
    <message>
        <source>HostName=…;SharedAccessKeyName=…;SharedAccessKey=…</source>
        <translation>HostName=…;SharedAccessKeyName=…;SharedAccessKey=…</translation>
    </message>
    <message>
        <source>Prepare the cloud no&amp;w</source>
        <translation>立即准备云端(&amp;W)</translation>
    </message>
    <message>
        <source>Make the enrollment group (DPS) or check the hub with the service APIs; a second run changes nothing</source>
        <translation>通过服务 API 创建注册组 (DPS) 或检查 Hub；再次运行不会做任何更改</translation>
    </message>
    <message>
        <source>Preparing the cloud…</source>
        <translation>正在准备云端…</translation>
    </message>
    <message>
        <source>The cloud now matches the profile.</source>
        <translation>云端现已与配置文件一致。</translation>
    </message>
    <message>
        <source>The cloud already matched the profile; nothing changed.</source>
        <translation>云端已与配置文件一致；未做任何更改。</translation>
    </message>
</context>
<context>
    <name>IdentityPage</name>
    <message>
        <source>Device identity and DPS</source>
        <translation>设备标识和 DPS</translation>
    </message>
    <message>
        <source>How each module&apos;s ID is made, and how long to wait for the assignment.</source>
        <translation>每个模块的 ID 如何生成，以及等待分配的时长。</translation>
    </message>
    <message>
        <source>&amp;Registration ID template:</source>
        <translation>注册 ID 模板(&amp;R)：</translation>
    </message>
    <message>
        <source>{model}-{mac}, {serial} and literal text</source>
        <translation>{model}-{mac}、{serial} 和固定文本</translation>
    </message>
    <message>
        <source>&amp;Lower case</source>
        <translation>小写(&amp;L)</translation>
    </message>
    <message>
        <source>Example:</source>
        <translation>示例：</translation>
    </message>
    <message>
        <source>DPS &amp;API version:</source>
        <translation>DPS API 版本(&amp;A)：</translation>
    </message>
    <message>
        <source>Polling &amp;deadline:</source>
        <translation>轮询截止时间(&amp;D)：</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Poll &amp;interval:</source>
        <translation>轮询间隔(&amp;I)：</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>The DPS API version must not be empty.</source>
        <translation>DPS API 版本不能为空。</translation>
    </message>
    <message>
        <source>Each module gets its ID from the template: {model} is the module type, {mac} its Wi-Fi MAC and {serial} a scanned serial number. For X.509 the ID is also the certificate&apos;s common name (at most 64 characters). The example shows what a NINA-W152 would get. The deadline bounds how long the station waits for DPS to assign a hub.</source>
        <translation>每个模块根据模板获得 ID：{model} 是模块型号，{mac} 是其 Wi-Fi MAC 地址，{serial} 是扫描得到的序列号。对于 X.509，该 ID 同时也是证书的公用名（最多 64 个字符）。示例显示了 NINA-W152 将获得的 ID。截止时间限定了工位等待 DPS 分配 Hub 的最长时间。</translation>
    </message>
</context>
<context>
    <name>Job</name>
    <message>
        <source>cancelled by the operator</source>
        <translation>已被操作员取消</translation>
    </message>
    <message>
        <source>checking the profile, secrets and certificates</source>
        <translation>正在检查配置文件、机密和证书</translation>
    </message>
    <message>
        <source>the profile is incomplete: %1</source>
        <translation>配置文件不完整：%1</translation>
    </message>
    <message>
        <source>no secret store is configured</source>
        <translation>未配置机密存储</translation>
    </message>
    <message>
        <source>reading the secret &apos;%1&apos; took too long</source>
        <translation>读取机密“%1”耗时过长</translation>
    </message>
    <message>
        <source>the secret &apos;%1&apos; is not set</source>
        <translation>机密“%1”未设置</translation>
    </message>
    <message>
        <source>trust.roots: %1</source>
        <translation>trust.roots：%1</translation>
    </message>
    <message>
        <source>no certificate in %1</source>
        <translation>%1 中没有证书</translation>
    </message>
    <message>
        <source>opening %1 and finding the module</source>
        <translation>正在打开 %1 并查找模块</translation>
    </message>
    <message>
        <source>reading the model, firmware and MAC address</source>
        <translation>正在读取型号、固件和 MAC 地址</translation>
    </message>
    <message>
        <source>%1, firmware %2, MAC %3</source>
        <translation>%1，固件 %2，MAC %3</translation>
    </message>
    <message>
        <source>checking that this module can run the profile</source>
        <translation>正在检查此模块能否运行该配置文件</translation>
    </message>
    <message>
        <source>restoring factory settings</source>
        <translation>正在恢复出厂设置</translation>
    </message>
    <message>
        <source>making the device identity</source>
        <translation>正在生成设备标识</translation>
    </message>
    <message>
        <source>putting the certificates on the module</source>
        <translation>正在将证书写入模块</translation>
    </message>
    <message>
        <source>the device certificate cannot be read</source>
        <translation>无法读取设备证书</translation>
    </message>
    <message>
        <source>the device certificate: %1</source>
        <translation>设备证书：%1</translation>
    </message>
    <message>
        <source>%1 is not PEM</source>
        <translation>%1 不是 PEM 格式</translation>
    </message>
    <message>
        <source>the module refused %1 (store full, name or size not accepted)</source>
        <translation>模块拒绝了 %1（存储已满，或名称、大小不被接受）</translation>
    </message>
    <message>
        <source>joining the Wi-Fi network %1</source>
        <translation>正在加入 Wi-Fi 网络 %1</translation>
    </message>
    <message>
        <source>the module went away while joining Wi-Fi</source>
        <translation>加入 Wi-Fi 时模块断开了</translation>
    </message>
    <message>
        <source>joined %1 but got no IPv4 address within %2 s</source>
        <translation>已加入 %1，但在 %2 秒内未获得 IPv4 地址</translation>
    </message>
    <message>
        <source>could not join %1 within %2 s (network not in range?)</source>
        <translation>未能在 %2 秒内加入 %1（网络不在范围内？）</translation>
    </message>
    <message>
        <source>IPv4 %1</source>
        <translation>IPv4 %1</translation>
    </message>
    <message>
        <source>switching to Extended Data Mode</source>
        <translation>正在切换到扩展数据模式</translation>
    </message>
    <message>
        <source>registering with the Device Provisioning Service</source>
        <translation>正在向设备预配服务 (DPS) 注册</translation>
    </message>
    <message>
        <source>the DPS group key: %1</source>
        <translation>DPS 组密钥：%1</translation>
    </message>
    <message>
        <source>the DPS token: %1</source>
        <translation>DPS 令牌：%1</translation>
    </message>
    <message>
        <source>the DPS registration peer</source>
        <translation>DPS 注册对端连接</translation>
    </message>
    <message>
        <source>the module went away during the DPS registration</source>
        <translation>DPS 注册期间模块断开了</translation>
    </message>
    <message>
        <source>DPS did not assign the device within %1 s</source>
        <translation>DPS 未在 %1 秒内分配该设备</translation>
    </message>
    <message>
        <source>DPS answered something unreadable: %1</source>
        <translation>DPS 返回了无法读取的应答：%1</translation>
    </message>
    <message>
        <source>the DPS status peer</source>
        <translation>DPS 状态对端连接</translation>
    </message>
    <message>
        <source>assigned to %1 as %2</source>
        <translation>已分配到 %1，设备名为 %2</translation>
    </message>
    <message>
        <source>connecting to the IoT Hub %1</source>
        <translation>正在连接 IoT Hub %1</translation>
    </message>
    <message>
        <source>the hub token: %1</source>
        <translation>Hub 令牌：%1</translation>
    </message>
    <message>
        <source>the IoT Hub</source>
        <translation>IoT Hub</translation>
    </message>
    <message>
        <source>no cloud-to-device message within %1 s</source>
        <translation>%1 秒内未收到云到设备消息</translation>
    </message>
    <message>
        <source>connected as %1</source>
        <translation>已作为 %1 连接</translation>
    </message>
    <message>
        <source>restarting the module</source>
        <translation>正在重启模块</translation>
    </message>
    <message>
        <source>the Wi-Fi passphrase must be 8 to 63 characters (or 64 hex digits) without a double quote, which the module&apos;s AT syntax cannot carry</source>
        <translation>Wi-Fi 密码必须为 8 到 63 个字符（或 64 位十六进制数字），且不能包含双引号，因为模块的 AT 语法无法传输双引号</translation>
    </message>
    <message>
        <source>a command that got no answer</source>
        <translation>未得到应答的命令</translation>
    </message>
    <message>
        <source>joining again after no link, no address or a lost link (not after a wrong password)</source>
        <translation>在无链路、无地址或链路丢失后重新加入（密码错误后不重试）</translation>
    </message>
    <message>
        <source>opening a peer again after it closed or did not connect</source>
        <translation>对端连接关闭或未能连接后重新打开</translation>
    </message>
    <message>
        <source>sending a DPS request again when its answer does not come within the request deadline, or after retry-after when throttled, until the DPS deadline</source>
        <translation>DPS 请求的应答未在请求截止时间内到达时，或被限流时在 retry-after 之后，重新发送该请求，直到 DPS 截止时间</translation>
    </message>
    <message>
        <source>opening the hub peer again after it closed or did not connect</source>
        <translation>Hub 对端连接关闭或未能连接后重新打开</translation>
    </message>
    <message>
        <source>the CA: %1</source>
        <translation>CA：%1</translation>
    </message>
    <message>
        <source>the module lost its Wi-Fi connection during the DPS registration</source>
        <translation>DPS 注册期间模块失去了 Wi-Fi 连接</translation>
    </message>
    <message>
        <source>the module lost its Wi-Fi connection while connected to the hub</source>
        <translation>连接到 Hub 期间模块失去了 Wi-Fi 连接</translation>
    </message>
    <message>
        <source>the identity template gives an empty id</source>
        <translation>标识模板生成的 ID 为空</translation>
    </message>
    <message>
        <source>loading the CA took too long</source>
        <translation>加载 CA 用时过长</translation>
    </message>
    <message>
        <source>no answer within 30 s</source>
        <translation>30 秒内没有应答</translation>
    </message>
    <message>
        <source>%1 (not checked against the line: %2)</source>
        <translation>%1（未与产线核对：%2）</translation>
    </message>
    <message>
        <source>station %1, attempt #%2 on %3</source>
        <translation>工位 %1，第 #%2 次尝试，%3</translation>
    </message>
    <message>
        <source>%1: rework of the device that passed on %2</source>
        <translation>%1：返工在 %2 通过的设备</translation>
    </message>
    <message>
        <source>making the device certificate took too long</source>
        <translation>生成设备证书用时过长</translation>
    </message>
    <message>
        <source>making the device&apos;s identity in Azure</source>
        <translation>正在 Azure 中创建设备标识</translation>
    </message>
    <message>
        <source>Azure did not make the identity of %1: %2</source>
        <translation>Azure 未能创建 %1 的标识：%2</translation>
    </message>
    <message>
        <source>asking the hub whether it saw the device</source>
        <translation>正在询问 Hub 是否见到了该设备</translation>
    </message>
    <message>
        <source>the identity template needs a {seq} number and the results database gave none</source>
        <translation>身份模板需要一个 {seq} 编号，但结果数据库没有分配</translation>
    </message>
    <message>
        <source>the field network&apos;s passphrase: %1</source>
        <translation>现场网络的密码短语：%1</translation>
    </message>
    <message>
        <source>leaving the line network and storing the field network %1 for the customer</source>
        <translation>正在离开产线网络，并为客户保存现场网络 %1</translation>
    </message>
    <message>
        <source>%1 stored in configuration %2 with activation at start-up; the line network was reset</source>
        <translation>%1 已保存在配置 %2 中，启动时激活；产线网络已重置</translation>
    </message>
    <message>
        <source>reading back the Wi-Fi configurations the module kept</source>
        <translation>正在读回模块保留的 Wi-Fi 配置</translation>
    </message>
    <message>
        <source>configuration %1 holds the SSID &quot;%2&quot;, not the field network %3</source>
        <translation>配置 %1 保存的 SSID 是“%2”，而不是现场网络 %3</translation>
    </message>
    <message>
        <source>configuration %1 is not activated at start-up</source>
        <translation>配置 %1 未设置为启动时激活</translation>
    </message>
    <message>
        <source>configuration %1 has authentication %2, expected %3</source>
        <translation>配置 %1 的认证方式为 %2，应为 %3</translation>
    </message>
    <message>
        <source>the line network %1 is still stored in configuration %2</source>
        <translation>产线网络 %1 仍保存在配置 %2 中</translation>
    </message>
    <message>
        <source>configuration %1 is still activated at start-up</source>
        <translation>配置 %1 仍设置为启动时激活</translation>
    </message>
    <message>
        <source>the module did not keep the Wi-Fi settings it was given: %1</source>
        <translation>模块没有保留写入的 Wi-Fi 设置：%1</translation>
    </message>
    <message>
        <source>configuration %1: %2, activated at start-up; the line network is not kept</source>
        <translation>配置 %1：%2，启动时激活；产线网络未保留</translation>
    </message>
    <message>
        <source>cannot check the device ID %1 against the line&apos;s record: %2</source>
        <translation>无法将设备 ID %1 与产线记录核对：%2</translation>
    </message>
    <message>
        <source>the device ID %1 already passed on %2: the profile refuses duplicates (identity.onDuplicate is &quot;refuse&quot;)</source>
        <translation>设备 ID %1 已在 %2 通过：配置文件拒绝重复（identity.onDuplicate 为 &quot;refuse&quot;）</translation>
    </message>
    <message>
        <source>the device ID &quot;%1&quot; from the template is not usable: %2</source>
        <translation>由模板生成的设备 ID“%1”不可用：%2</translation>
    </message>
    <message>
        <source>starting to join the line network %1 for the test (it is not left on the module)</source>
        <translation>开始加入产线网络 %1 进行测试（不会保留在模块上）</translation>
    </message>
    <message>
        <source>starting to join the Wi-Fi network %1</source>
        <translation>开始加入 Wi-Fi 网络 %1</translation>
    </message>
    <message>
        <source>joining while the certificates go up</source>
        <translation>在上传证书的同时加入网络</translation>
    </message>
    <message>
        <source>saving the Wi-Fi settings on the module</source>
        <translation>正在模块上保存 Wi-Fi 设置</translation>
    </message>
    <message>
        <source>it was still in Extended Data Mode from an earlier session and was restarted</source>
        <translation>它仍处于先前会话的 Extended Data Mode，已将其重启</translation>
    </message>
    <message>
        <source>already on the module: %1</source>
        <translation>已在模块上：%1</translation>
    </message>
    <message>
        <source>sent: %1</source>
        <translation>已发送：%1</translation>
    </message>
    <message>
        <source>the station&apos;s check of %1 did not finish</source>
        <translation>工位对 %1 的检查未完成</translation>
    </message>
    <message>
        <source>%1; the station checked: %2</source>
        <translation>%1；工位检查结果：%2</translation>
    </message>
    <message>
        <source>%1, although %2 accepts the device when the station connects</source>
        <translation>%1，尽管工位连接时 %2 接受该设备</translation>
    </message>
    <message>
        <source>%1, but %2 accepts the device from the station: the module&apos;s network does not reach it (a firewall or proxy between the module&apos;s Wi-Fi and Azure?)</source>
        <translation>%1，但 %2 从工位接受该设备：模块的网络无法到达它（模块的 Wi-Fi 与 Azure 之间是否有防火墙或代理？）</translation>
    </message>
    <message>
        <source>DPS closed the connection before it answered</source>
        <translation>DPS 在应答之前关闭了连接</translation>
    </message>
    <message>
        <source>not connecting to the IoT Hub %1</source>
        <translation>不连接 IoT Hub %1</translation>
    </message>
    <message>
        <source>the job ends at the assignment (options.connectHub is off)</source>
        <translation>作业在分配时结束（options.connectHub 已关闭）</translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>system keychain</source>
        <translation>系统钥匙串</translation>
    </message>
    <message>
        <source>the secret &apos;%1&apos; is not set in the system keychain (service &apos;%2&apos;): store it there, or give --secret %1=env:VAR</source>
        <translation>系统钥匙串中未设置机密“%1”（服务“%2”）：请将其保存到钥匙串中，或使用 --secret %1=env:VAR</translation>
    </message>
    <message>
        <source>the system keychain refused access to the secret &apos;%1&apos; (%2): unlock the keyring (log in to the desktop session) and try again</source>
        <translation>系统钥匙串拒绝访问机密“%1”（%2）：请解锁密钥环（登录桌面会话）后重试</translation>
    </message>
    <message>
        <source>the system keychain could not remove the secret &apos;%1&apos;: %2</source>
        <translation>系统钥匙串无法删除机密“%1”：%2</translation>
    </message>
    <message>
        <source>the system keychain is not available (%1): run the station in a desktop session with a keyring, or give --secret %2=env:VAR or --secret %2=file:PATH</source>
        <translation>系统钥匙串不可用（%1）：请在带有密钥环的桌面会话中运行工位程序，或使用 --secret %2=env:VAR 或 --secret %2=file:PATH</translation>
    </message>
    <message>
        <source>the system keychain did not answer within %1 s (is it locked, waiting for a password prompt?): unlock it, or give --secret %2=env:VAR</source>
        <translation>系统钥匙串未在 %1 秒内应答（是否已锁定并在等待密码输入？）：请解锁它，或使用 --secret %2=env:VAR</translation>
    </message>
</context>
<context>
    <name>LabelPreviewDialog</name>
    <message>
        <source>Type the file to save the label to (.png, .pdf or .zpl).</source>
        <translation>请输入保存标签的文件（.png、.pdf 或 .zpl）。</translation>
    </message>
    <message>
        <source>Printed to %1.</source>
        <translation>已打印到 %1。</translation>
    </message>
    <message>
        <source>Not printed: %1</source>
        <translation>未打印：%1</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>&amp;Print a label for every module that passes</source>
        <translation>为每个通过的模块打印标签(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>目标(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Width:</source>
        <translation>宽度(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Height:</source>
        <translation>高度(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>分辨率(&amp;R)：</translation>
    </message>
    <message>
        <source>Text &amp;lines:</source>
        <translation>文本行(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;QR code:</source>
        <translation>二维码(&amp;Q)：</translation>
    </message>
    <message>
        <source>Save to a &amp;file:</source>
        <translation>保存到文件(&amp;F)：</translation>
    </message>
    <message>
        <source>tcp://HOST:9100, file:labels/{device_id}.pdf or cups:QUEUE</source>
        <translation>tcp://HOST:9100、file:labels/{device_id}.pdf 或 cups:QUEUE</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <source>Dots per inch of the printer&apos;s head</source>
        <translation>打印头每英寸点数</translation>
    </message>
    <message>
        <source>one line of the label per line, e.g. MAC {mac}</source>
        <translation>每行一个标签文本行，例如 MAC {mac}</translation>
    </message>
    <message>
        <source>the QR code&apos;s text, e.g. {device_id}; empty: no QR code</source>
        <translation>二维码的文本，例如 {device_id}；留空：不生成二维码</translation>
    </message>
    <message>
        <source>Fields: %1</source>
        <translation>字段：%1</translation>
    </message>
    <message>
        <source>a .png, .pdf or .zpl file</source>
        <translation>.png、.pdf 或 .zpl 文件</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Print a test la&amp;bel</source>
        <translation>打印测试标签(&amp;B)</translation>
    </message>
    <message>
        <source>%1 × %2 mm at %3 dpi (%4 × %5 dots), sample data</source>
        <translation>%1 × %2 mm，%3 dpi（%4 × %5 点），示例数据</translation>
    </message>
    <message>
        <source>Type a target first (tcp://HOST:9100, file:PATH or cups:QUEUE).</source>
        <translation>请先输入目标（tcp://HOST:9100、file:PATH 或 cups:QUEUE）。</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>正在打印…</translation>
    </message>
</context>
<context>
    <name>LayeredSecretStore</name>
    <message>
        <source>, then </source>
        <translation>，然后</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>cannot store the secret &apos;%1&apos;: no writable secret store (%2)</source>
        <translation>无法保存机密“%1”：没有可写的机密存储（%2）</translation>
    </message>
    <message>
        <source>cannot remove the secret &apos;%1&apos;: no writable secret store (%2)</source>
        <translation>无法删除机密“%1”：没有可写的机密存储（%2）</translation>
    </message>
</context>
<context>
    <name>LedgerEntry</name>
    <message>
        <source>the field &quot;%1&quot; is missing or not text</source>
        <translation>字段“%1”缺失或不是文本</translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; is missing or not a whole number</source>
        <translation>字段“%1”缺失或不是整数</translation>
    </message>
    <message>
        <source>it has %1 fields instead of 15</source>
        <translation>它有 %1 个字段，而不是 15 个</translation>
    </message>
</context>
<context>
    <name>LedgerFile</name>
    <message>
        <source>it is not a JSON object (%1)</source>
        <translation>它不是 JSON 对象（%1）</translation>
    </message>
    <message>
        <source>this is not a ledger export of the station (&quot;format&quot; is not &quot;%1&quot;)</source>
        <translation>这不是工位的签发台账导出文件（“format”不是 &quot;%1&quot;）</translation>
    </message>
    <message>
        <source>version %1 of the format is not known to this station (it reads %2)</source>
        <translation>本工位不认识格式版本 %1（它读取版本 %2）</translation>
    </message>
    <message>
        <source>a field is missing, added or of the wrong kind</source>
        <translation>有字段缺失、多出或类型错误</translation>
    </message>
    <message>
        <source>its hash does not match its fields (a field was changed)</source>
        <translation>其哈希与其字段不符（有字段被更改）</translation>
    </message>
    <message>
        <source>it is not written as the station writes it (a changed character)</source>
        <translation>它的写法与工位写入的不同（有字符被更改）</translation>
    </message>
    <message>
        <source>entry %1 of the ledger in %2: %3</source>
        <translation>%2 中签发台账的条目 %1：%3</translation>
    </message>
    <message>
        <source>the header (line 1): %1</source>
        <translation>头部（第 1 行）：%1</translation>
    </message>
    <message>
        <source>entry %1 (line %2): %3</source>
        <translation>条目 %1（第 %2 行）：%3</translation>
    </message>
    <message>
        <source>entry %1 is missing: %2</source>
        <translation>条目 %1 缺失：%2</translation>
    </message>
    <message>
        <source>the signature: %1</source>
        <translation>签名：%1</translation>
    </message>
    <message>
        <source>it says it is entry %1</source>
        <translation>它自称是条目 %1</translation>
    </message>
    <message>
        <source>it does not follow the entry before it (its previous hash is not that entry&apos;s hash)</source>
        <translation>它没有接在前一个条目之后（其前一哈希不是该条目的哈希）</translation>
    </message>
    <message>
        <source>the signing key is missing or has no private part</source>
        <translation>签名密钥缺失或没有私钥部分</translation>
    </message>
    <message>
        <source>the signing key is %1: the ledger is signed with an RSA or EC key, which `openssl dgst -sha256 -verify` checks</source>
        <translation>签名密钥是 %1：签发台账须用 RSA 或 EC 密钥签名，`openssl dgst -sha256 -verify` 可校验</translation>
    </message>
    <message>
        <source>the ledger is not signed, its chain is broken: %1</source>
        <translation>签发台账未签名，其链已断：%1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>the key cannot sign with SHA-256</source>
        <translation>该密钥无法用 SHA-256 签名</translation>
    </message>
    <message>
        <source>the ledger changed while it was exported: export it again</source>
        <translation>签发台账在导出时发生了变化：请重新导出</translation>
    </message>
    <message>
        <source>the key did not sign the export (a token that was removed, or a PIN that expired?)</source>
        <translation>密钥未能签名导出文件（令牌被拔出，或 PIN 已过期？）</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>there is no readable signature file %1 beside the export (%2)</source>
        <translation>导出文件旁没有可读的签名文件 %1（%2）</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>文件为空</translation>
    </message>
    <message>
        <source>it does not end with a line break (the file was cut or changed)</source>
        <translation>它没有以换行符结尾（文件被截断或更改）</translation>
    </message>
    <message>
        <source>the signer&apos;s public key cannot be read: %1</source>
        <translation>无法读取签名者的公钥：%1</translation>
    </message>
    <message>
        <source>the export names another signer (key SHA-256 %1) than the certificate %2</source>
        <translation>导出文件指明的签名者（密钥 SHA-256 %1）不是证书 %2</translation>
    </message>
    <message>
        <source>the signer&apos;s key cannot check a SHA-256 signature</source>
        <translation>签名者的密钥无法校验 SHA-256 签名</translation>
    </message>
    <message>
        <source>the header announces only %1 entries: this one was added</source>
        <translation>头部只声明了 %1 个条目：此条目是添加的</translation>
    </message>
    <message>
        <source>the file ends after entry %1, its header announces %2</source>
        <translation>文件在条目 %1 之后结束，而其头部声明有 %2 个</translation>
    </message>
    <message>
        <source>its head hash is not the last entry&apos;s hash</source>
        <translation>其头哈希不是最后一个条目的哈希</translation>
    </message>
    <message>
        <source>the signature file is empty</source>
        <translation>签名文件为空</translation>
    </message>
    <message>
        <source>it does not match the file (the file or the signature was changed)</source>
        <translation>它与文件不匹配（文件或签名被更改）</translation>
    </message>
    <message>
        <source>it does not match the file and the certificate %1 (the file or the signature was changed)</source>
        <translation>它与文件和证书 %1 不匹配（文件或签名被更改）</translation>
    </message>
</context>
<context>
    <name>LineStatsView</name>
    <message>
        <source>All stations</source>
        <translation>所有工位</translation>
    </message>
    <message>
        <source>last %1 hours</source>
        <translation>最近 %1 小时</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>中位数</translation>
    </message>
    <message>
        <source>95 %</source>
        <translation>95%</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>工位</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>次数</translation>
    </message>
    <message>
        <source>Cannot read the line&apos;s figures: %1</source>
        <translation>无法读取产线数据：%1</translation>
    </message>
    <message>
        <source>(no station id)</source>
        <translation>（无工位 ID）</translation>
    </message>
    <message>
        <source>%1 attempts, %2 passed · %3 modules/hour · first-pass yield %4</source>
        <translation>%1 次尝试，%2 次通过 · %3 个模块/小时 · 一次通过率 %4</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>St&amp;ation:</source>
        <translation>工位(&amp;A)：</translation>
    </message>
    <message>
        <source>Ho&amp;urs:</source>
        <translation>小时(&amp;U)：</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Results database: %1</source>
        <translation>结果数据库：%1</translation>
    </message>
    <message>
        <source>About Provisioning Station</source>
        <translation>关于 Provisioning Station</translation>
    </message>
    <message>
        <source>Provisioning Station %1
u-blox u-connectXpress modules to Azure IoT.</source>
        <translation>Provisioning Station %1
将 u-blox u-connectXpress 模块接入 Azure IoT。</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open profile…</source>
        <translation>打开配置文件(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Mode</source>
        <translation>模式(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Operator (locked profile)</source>
        <translation>操作员（配置文件已锁定）(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Engineer…</source>
        <translation>工程师(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Certificate tools…</source>
        <translation>证书工具(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>Traffic &amp;inspector</source>
        <translation>通信检查器(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>关于(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Provision</source>
        <translation>预配(&amp;P)</translation>
    </message>
    <message>
        <source>S&amp;tation</source>
        <translation>工位(&amp;T)</translation>
    </message>
    <message>
        <source>Traffic inspector</source>
        <translation>通信检查器</translation>
    </message>
    <message>
        <source>Engineer mode</source>
        <translation>工程师模式</translation>
    </message>
    <message>
        <source>Operator mode (profile locked)</source>
        <translation>操作员模式（配置文件已锁定）</translation>
    </message>
    <message>
        <source>(unnamed profile)</source>
        <translation>（未命名配置文件）</translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation>配置文件：%1</translation>
    </message>
    <message>
        <source>Engineer mode: the profile can be edited.</source>
        <translation>工程师模式：可以编辑配置文件。</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>已打开 %1</translation>
    </message>
    <message>
        <source>Open profile</source>
        <translation>打开配置文件</translation>
    </message>
    <message>
        <source>Station profiles (*.json);;All files (*)</source>
        <translation>工位配置文件 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>保存配置文件</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>无法保存 %1：%2</translation>
    </message>
    <message>
        <source>slot %1</source>
        <translation>槽位 %1</translation>
    </message>
    <message>
        <source>wizard</source>
        <translation>向导</translation>
    </message>
    <message>
        <source>Last module (%1): PASS, %2</source>
        <translation>上一个模块（%1）：通过，%2</translation>
    </message>
    <message>
        <source>Last module (%1): FAIL, %2</source>
        <translation>上一个模块（%1）：失败，%2</translation>
    </message>
    <message>
        <source>&amp;Save profile</source>
        <translation>保存配置文件(&amp;S)</translation>
    </message>
    <message>
        <source>Save profile &amp;as…</source>
        <translation>配置文件另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>T&amp;ools</source>
        <translation>工具(&amp;O)</translation>
    </message>
    <message>
        <source>S&amp;ettings</source>
        <translation>设置(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>用户指南(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>Histor&amp;y</source>
        <translation>历史记录(&amp;Y)</translation>
    </message>
    <message>
        <source>%1[*] — Provisioning Station</source>
        <translation>%1[*] — Provisioning Station</translation>
    </message>
    <message>
        <source>Profile: %1 (not saved)</source>
        <translation>配置文件：%1（未保存）</translation>
    </message>
    <message>
        <source>Unsaved profile</source>
        <translation>未保存的配置文件</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; has changes that are not saved.</source>
        <translation>配置文件“%1”有未保存的更改。</translation>
    </message>
    <message>
        <source>Save them before going on?</source>
        <translation>继续之前要保存这些更改吗？</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>the page&apos;s main action: Next, Start, Next module after PASS, Retry after FAIL</source>
        <translation>页面的主要操作：下一步、开始、通过后的“下一个模块”、失败后的“重试”</translation>
    </message>
    <message>
        <source>start (Provision page); start all (Station)</source>
        <translation>开始（预配页）；全部开始（工位）</translation>
    </message>
    <message>
        <source>stop all (Station)</source>
        <translation>全部停止（工位）</translation>
    </message>
    <message>
        <source>help for the wizard page</source>
        <translation>向导页面的帮助</translation>
    </message>
    <message>
        <source>next / back in the wizard</source>
        <translation>向导中的下一步 / 上一步</translation>
    </message>
    <message>
        <source>open a profile (engineer)</source>
        <translation>打开配置文件（工程师）</translation>
    </message>
    <message>
        <source>save the profile (engineer)</source>
        <translation>保存配置文件（工程师）</translation>
    </message>
    <message>
        <source>engineer / operator mode</source>
        <translation>工程师 / 操作员模式</translation>
    </message>
    <message>
        <source>traffic inspector</source>
        <translation>通信检查器</translation>
    </message>
    <message>
        <source>certificate tools</source>
        <translation>证书工具</translation>
    </message>
    <message>
        <source>quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>作用</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>用户指南</translation>
    </message>
    <message>
        <source>The user guide is not part of this build.</source>
        <translation>此版本未包含用户指南。</translation>
    </message>
    <message>
        <source>The label of %1 was not printed: %2</source>
        <translation>%1 的标签未打印：%2</translation>
    </message>
    <message>
        <source>&amp;Label and preview…</source>
        <translation>标签和预览(&amp;L)…</translation>
    </message>
    <message>
        <source>Results: %1</source>
        <translation>结果：%1</translation>
    </message>
    <message>
        <source>&amp;Station and results…</source>
        <translation>工位与结果(&amp;S)…</translation>
    </message>
</context>
<context>
    <name>MemorySecretStore</name>
    <message>
        <source>memory</source>
        <translation>内存</translation>
    </message>
</context>
<context>
    <name>ModuleLink</name>
    <message>
        <source>skipped %1 bytes at offset %2 (%3)</source>
        <translation>在偏移量 %2 处跳过了 %1 字节（%3）</translation>
    </message>
    <message>
        <source>port %1 opened</source>
        <translation>端口 %1 已打开</translation>
    </message>
    <message>
        <source>the link was closed</source>
        <translation>链路已关闭</translation>
    </message>
    <message>
        <source>port %1 closed</source>
        <translation>端口 %1 已关闭</translation>
    </message>
    <message>
        <source>the port is not open</source>
        <translation>端口未打开</translation>
    </message>
    <message>
        <source>find the module&apos;s mode</source>
        <translation>确定模块的模式</translation>
    </message>
    <message>
        <source>enter EDM</source>
        <translation>进入 EDM</translation>
    </message>
    <message>
        <source>wait for the module to start</source>
        <translation>等待模块启动</translation>
    </message>
    <message>
        <source>probe for command mode</source>
        <translation>探测命令模式</translation>
    </message>
    <message>
        <source>EDM probe: at_request AT\r</source>
        <translation>EDM 探测：at_request AT\r</translation>
    </message>
    <message>
        <source>escape sequence +++</source>
        <translation>转义序列 +++</translation>
    </message>
    <message>
        <source>enter EDM (ATO2)</source>
        <translation>进入 EDM（ATO2）</translation>
    </message>
    <message>
        <source>no answer to %1 within %2 ms</source>
        <translation>%2 ms 内 %1 无应答</translation>
    </message>
    <message>
        <source>no answer to ATO2 within %1 ms</source>
        <translation>%1 ms 内 ATO2 无应答</translation>
    </message>
    <message>
        <source>the module did not send the EDM start event after ATO2</source>
        <translation>模块在 ATO2 之后未发送 EDM 启动事件</translation>
    </message>
    <message>
        <source>the module did not start within %1 ms</source>
        <translation>模块未在 %1 ms 内启动</translation>
    </message>
    <message>
        <source>%1 ch %2 (%3 B) %4</source>
        <translation>%1 通道 %2（%3 B）%4</translation>
    </message>
    <message>
        <source>%1 ch %2</source>
        <translation>%1 通道 %2</translation>
    </message>
    <message>
        <source>%1: the module answered OK without asking for the data</source>
        <translation>%1：模块未请求数据就应答了 OK</translation>
    </message>
    <message>
        <source>the module answered ERROR to %1</source>
        <translation>模块对 %1 应答 ERROR</translation>
    </message>
    <message>
        <source>the module answered ERROR to ATO2</source>
        <translation>模块对 ATO2 应答 ERROR</translation>
    </message>
    <message>
        <source>the module restarted during %1</source>
        <translation>模块在 %1 期间重启了</translation>
    </message>
    <message>
        <source>upload of %1 bytes (secret, not shown)</source>
        <translation>上传 %1 字节（机密，不显示）</translation>
    </message>
    <message>
        <source>upload of %1 bytes</source>
        <translation>上传 %1 字节</translation>
    </message>
    <message>
        <source>cannot write to %1: the port is gone</source>
        <translation>无法写入 %1：端口已消失</translation>
    </message>
    <message>
        <source>data can only be sent on a channel in EDM</source>
        <translation>只能在 EDM 下通过通道发送数据</translation>
    </message>
    <message>
        <source>data_command ch %1 (%2 B) %3</source>
        <translation>data_command 通道 %1（%2 B）%3</translation>
    </message>
    <message>
        <source>the port is gone</source>
        <translation>端口已消失</translation>
    </message>
    <message>
        <source>probe for command mode again</source>
        <translation>再次探测命令模式</translation>
    </message>
    <message>
        <source>%1 carriage returns to finish an upload left half-way</source>
        <translation>%1 个回车符，用于结束中途中断的上传</translation>
    </message>
    <message>
        <source>%1 did not send the bytes of %2 in time (is hardware flow control holding the line?)</source>
        <translation>%1 未能及时发送 %2 的字节（是否硬件流控制阻塞了线路？）</translation>
    </message>
    <message>
        <source>the module on %1 does not answer (tried AT, an EDM probe, the +++ escape and finishing an interrupted upload)</source>
        <translation>%1 上的模块无应答（已尝试 AT、EDM 探测、+++ 转义序列以及结束被中断的上传）</translation>
    </message>
    <message>
        <source>%1 bytes left over from an earlier session were discarded</source>
        <translation>已丢弃先前会话遗留的 %1 字节</translation>
    </message>
    <message>
        <source>ignored &quot;%1&quot;: it came before the echo of ATO2</source>
        <translation>已忽略“%1”：它在 ATO2 的回显之前到达</translation>
    </message>
    <message>
        <source>ignored &quot;%1&quot;: it came before the echo of %2</source>
        <translation>已忽略“%1”：它在 %2 的回显之前到达</translation>
    </message>
    <message>
        <source>ignored an OK without %1: left over from an earlier command</source>
        <translation>已忽略不带 %1 的 OK：先前命令的残留</translation>
    </message>
    <message>
        <source>an answer inside an EDM frame is no answer to AT: probing in EDM</source>
        <translation>EDM 帧中的应答不是对 AT 的应答：改用 EDM 探测</translation>
    </message>
    <message>
        <source>peer %1 connected without a connect event: asking the module to repeat them</source>
        <translation>对端 %1 已连接但没有连接事件：正在请求模块重发这些事件</translation>
    </message>
    <message>
        <source>resend connect events</source>
        <translation>重发连接事件</translation>
    </message>
</context>
<context>
    <name>ModuleStatus</name>
    <message>
        <source>port closed</source>
        <translation>端口已关闭</translation>
    </message>
    <message>
        <source>finding the mode</source>
        <translation>正在确定模式</translation>
    </message>
    <message>
        <source>command mode</source>
        <translation>命令模式</translation>
    </message>
    <message>
        <source>extended data mode (EDM)</source>
        <translation>扩展数据模式 (EDM)</translation>
    </message>
    <message>
        <source>restarting</source>
        <translation>正在重启</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <source>disconnected</source>
        <translation>已断开</translation>
    </message>
    <message>
        <source>disconnected: %1</source>
        <translation>已断开：%1</translation>
    </message>
    <message>
        <source>connected, waiting for an IP address</source>
        <translation>已连接，正在等待 IP 地址</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>正在连接</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>MD5 matches</source>
        <translation>MD5 一致</translation>
    </message>
    <message>
        <source>MD5 differs from what was sent</source>
        <translation>MD5 与发送的内容不一致</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>未检查</translation>
    </message>
    <message>
        <source>root CA</source>
        <translation>根 CA</translation>
    </message>
    <message>
        <source>certificate</source>
        <translation>证书</translation>
    </message>
    <message>
        <source>private key</source>
        <translation>私钥</translation>
    </message>
</context>
<context>
    <name>OptionsPage</name>
    <message>
        <source>Options</source>
        <translation>选项</translation>
    </message>
    <message>
        <source>What the station does besides provisioning, how long it waits, and how often it tries again.</source>
        <translation>工位在预配之外还做什么、等待多久以及重试几次。</translation>
    </message>
    <message>
        <source>Send a test messa&amp;ge to the hub</source>
        <translation>向 Hub 发送测试消息(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Wait for a cloud-to-device message</source>
        <translation>等待云到设备消息(&amp;W)</translation>
    </message>
    <message>
        <source>Fa&amp;ctory reset the module first</source>
        <translation>先将模块恢复出厂设置(&amp;C)</translation>
    </message>
    <message>
        <source>Restart the module when &amp;done</source>
        <translation>完成后重启模块(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;USB filter for auto-start:</source>
        <translation>自动开始的 USB 筛选器(&amp;U)：</translation>
    </message>
    <message>
        <source>VID:PID such as 1546:0504 or 1546:*; empty: any port</source>
        <translation>VID:PID，例如 1546:0504 或 1546:*；留空：任意端口</translation>
    </message>
    <message>
        <source>&lt;b&gt;Deadlines&lt;/b&gt;</source>
        <translation>&lt;b&gt;截止时间&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Tries after a failure&lt;/b&gt;</source>
        <translation>&lt;b&gt;失败后的重试次数&lt;/b&gt;</translation>
    </message>
    <message>
        <source>A command:</source>
        <translation>单条命令：</translation>
    </message>
    <message>
        <source>A certificate upload:</source>
        <translation>单次证书上传：</translation>
    </message>
    <message>
        <source>Start-up after a restart:</source>
        <translation>重启后的启动：</translation>
    </message>
    <message>
        <source>Joining Wi-Fi:</source>
        <translation>加入 Wi-Fi：</translation>
    </message>
    <message>
        <source>A cloud connection:</source>
        <translation>单次云连接：</translation>
    </message>
    <message>
        <source>One DPS request:</source>
        <translation>单次 DPS 请求：</translation>
    </message>
    <message>
        <source>A cloud-to-device message:</source>
        <translation>云到设备消息：</translation>
    </message>
    <message>
        <source>Commands without an answer:</source>
        <translation>无应答的命令：</translation>
    </message>
    <message>
        <source>Joining Wi-Fi again:</source>
        <translation>重新加入 Wi-Fi：</translation>
    </message>
    <message>
        <source>Cloud connections again:</source>
        <translation>重新建立云连接：</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>USB filter: %1</source>
        <translation>USB 筛选器：%1</translation>
    </message>
    <message>
        <source>Off: the job ends when DPS has assigned the device, as u-blox&apos;s own host script does</source>
        <translation>关闭：DPS 分配设备后作业即结束，与 u-blox 自己的主机脚本相同</translation>
    </message>
    <message>
        <source>&amp;Keep the Wi-Fi settings on the module</source>
        <translation>将 Wi-Fi 设置保存在模块上(&amp;K)</translation>
    </message>
    <message>
        <source>Without the hub connection a DPS job ends when the device is assigned, as u-blox&apos;s own host does; with it, the test message proves the module can reach its hub and the cloud-to-device wait proves the way back. A factory reset starts from a clean module (slower). Keeping the Wi-Fi settings (AT+UWSCA=0,1) lets the module reconnect after a restart. Deadlines bound every wait; a failed command, Wi-Fi join or cloud connection is tried again as often as set here (a refusal such as a wrong password is never retried). With a USB filter, auto-start makes a slot of every new port that matches.</source>
        <translation>没有 Hub 连接时，DPS 作业在设备被分配后即结束，与 u-blox 自己的主机相同；有 Hub 连接时，测试消息证明模块能够到达其 Hub，等待云到设备消息则证明反方向也通。恢复出厂设置从一个干净的模块开始（较慢）。保存 Wi-Fi 设置（AT+UWSCA=0,1）可让模块在重启后自行重新连接。截止时间限定每一次等待；失败的命令、Wi-Fi 加入或云连接会按此处设置的次数重试（密码错误之类的拒绝永不重试）。设置 USB 筛选器后，自动开始会把每个新出现的匹配端口设为一个槽位。</translation>
    </message>
    <message>
        <source>Connect to the assigned &amp;IoT Hub after DPS</source>
        <translation>DPS 之后连接到分配的 IoT Hub(&amp;I)</translation>
    </message>
</context>
<context>
    <name>Outcome</name>
    <message>
        <source>running</source>
        <translation>运行中</translation>
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
        <source>interrupted</source>
        <translation>已中断</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>dps.idScope: must be set for the %1 flow</source>
        <translation>dps.idScope：%1 流程必须设置</translation>
    </message>
    <message>
        <source>dps.host: must not be empty</source>
        <translation>dps.host：不能为空</translation>
    </message>
    <message>
        <source>hub.host: must be set for the %1 flow</source>
        <translation>hub.host：%1 流程必须设置</translation>
    </message>
    <message>
        <source>identity.template: must not be empty</source>
        <translation>identity.template：不能为空</translation>
    </message>
    <message>
        <source>wifi.ssid: must not be empty</source>
        <translation>wifi.ssid：不能为空</translation>
    </message>
    <message>
        <source>wifi.ssid: at most 32 characters</source>
        <translation>wifi.ssid：最多 32 个字符</translation>
    </message>
    <message>
        <source>wifi.security: must be &quot;wpa2&quot; or &quot;open&quot;</source>
        <translation>wifi.security：必须为 &quot;wpa2&quot; 或 &quot;open&quot;</translation>
    </message>
    <message>
        <source>certificates.caCertificate: must name the CA certificate that signs device certificates</source>
        <translation>certificates.caCertificate：必须指定签署设备证书的 CA 证书</translation>
    </message>
    <message>
        <source>certificates.caKey: must name the CA&apos;s private key file</source>
        <translation>certificates.caKey：必须指定 CA 的私钥文件</translation>
    </message>
    <message>
        <source>certificates.folder: must name the folder with &lt;id&gt;.pem and &lt;id&gt;.key.pem</source>
        <translation>certificates.folder：必须指定包含 &lt;id&gt;.pem 和 &lt;id&gt;.key.pem 的文件夹</translation>
    </message>
    <message>
        <source>certificates.policy: must be &quot;generate&quot; or &quot;folder&quot;</source>
        <translation>certificates.policy：必须为 &quot;generate&quot; 或 &quot;folder&quot;</translation>
    </message>
    <message>
        <source>certificates: the module store name &quot;%1&quot; must be 1 to 32 characters without , or &quot;</source>
        <translation>certificates：模块存储中的名称 &quot;%1&quot; 必须为 1 到 32 个字符，且不含 , 或 &quot;</translation>
    </message>
    <message>
        <source>trust.roots: at least one root is needed to verify the server</source>
        <translation>trust.roots：至少需要一个根证书来验证服务器</translation>
    </message>
    <message>
        <source>format: must be &quot;provstation-profile&quot;</source>
        <translation>format：必须为 &quot;provstation-profile&quot;</translation>
    </message>
    <message>
        <source>version: this station reads version %1, the file says %2</source>
        <translation>version：此工位程序读取版本 %1，而文件为版本 %2</translation>
    </message>
    <message>
        <source>flow: &quot;%1&quot; is not one of %2</source>
        <translation>flow：&quot;%1&quot; 不是 %2 之一</translation>
    </message>
    <message>
        <source>the profile %1 is not valid JSON (at byte %2: %3)</source>
        <translation>配置文件 %1 不是有效的 JSON（第 %2 字节：%3）</translation>
    </message>
    <message>
        <source>the profile %1 has errors: %2</source>
        <translation>配置文件 %1 有错误：%2</translation>
    </message>
    <message>
        <source>cannot write the profile %1: %2</source>
        <translation>无法写入配置文件 %1：%2</translation>
    </message>
    <message>
        <source>%1: must be a string</source>
        <translation>%1：必须是字符串</translation>
    </message>
    <message>
        <source>%1: must be a whole number from %2 to %3</source>
        <translation>%1：必须是 %2 到 %3 之间的整数</translation>
    </message>
    <message>
        <source>%1: must be true or false</source>
        <translation>%1：必须是 true 或 false</translation>
    </message>
    <message>
        <source>%1: must be a list of strings</source>
        <translation>%1：必须是字符串列表</translation>
    </message>
    <message>
        <source>%1: must be an object</source>
        <translation>%1：必须是对象</translation>
    </message>
    <message>
        <source>wifi.ssid: a double quote cannot be sent in the module&apos;s AT syntax</source>
        <translation>wifi.ssid：模块的 AT 语法无法发送双引号</translation>
    </message>
    <message>
        <source>%1: at most %2 characters</source>
        <translation>%1：最多 %2 个字符</translation>
    </message>
    <message>
        <source>DPS, X.509 enrollment group (device certificates signed by your CA)</source>
        <translation>DPS，X.509 注册组（设备证书由您的 CA 签名）</translation>
    </message>
    <message>
        <source>DPS, symmetric-key enrollment group (keys derived per device)</source>
        <translation>DPS，对称密钥注册组（按设备派生密钥）</translation>
    </message>
    <message>
        <source>IoT Hub directly, X.509 device certificate</source>
        <translation>直连 IoT Hub，X.509 设备证书</translation>
    </message>
    <message>
        <source>IoT Hub directly, SAS token from a device key</source>
        <translation>直连 IoT Hub，由设备密钥生成的 SAS 令牌</translation>
    </message>
    <message>
        <source>DPS, individual X.509 enrollment</source>
        <translation>DPS，X.509 单个注册</translation>
    </message>
    <message>
        <source>DPS, individual symmetric-key enrollment</source>
        <translation>DPS，对称密钥单个注册</translation>
    </message>
    <message>
        <source>name: at most %1 characters</source>
        <translation>name：最多 %1 个字符</translation>
    </message>
    <message>
        <source>hub.deviceKeys: must be &quot;shared&quot; or &quot;per-device&quot;</source>
        <translation>hub.deviceKeys：必须为“shared”或“per-device”</translation>
    </message>
    <message>
        <source>line.usbFilter: %1</source>
        <translation>line.usbFilter：%1</translation>
    </message>
    <message>
        <source>%1 firmware %2 cannot use SAS tokens (the %3 flow needs firmware 3.0 or later)</source>
        <translation>%1 的固件 %2 无法使用 SAS 令牌（%3 流程需要 3.0 或更高版本的固件）</translation>
    </message>
    <message>
        <source>%1 firmware %2 cannot subscribe with &apos;#&apos;, which DPS answers need (the %3 flow needs a newer firmware)</source>
        <translation>%1 的固件 %2 无法使用“#”订阅，而接收 DPS 应答需要它（%3 流程需要更新的固件）</translation>
    </message>
    <message>
        <source>identity.template: %1 is not {seq} or {seq:N} with N from 1 to 18</source>
        <translation>identity.template：%1 不是 {seq} 或 N 为 1 到 18 的 {seq:N}</translation>
    </message>
    <message>
        <source>identity.onDuplicate: must be &quot;refuse&quot; or &quot;rework&quot;</source>
        <translation>identity.onDuplicate：必须为 &quot;refuse&quot; 或 &quot;rework&quot;</translation>
    </message>
    <message>
        <source>certificates.caKey: %1</source>
        <translation>certificates.caKey：%1</translation>
    </message>
    <message>
        <source>certificates.caKeyPinSecret: must name the secret that holds the token PIN</source>
        <translation>certificates.caKeyPinSecret：必须指定保存令牌 PIN 的机密</translation>
    </message>
    <message>
        <source>hub.x509Auth: must be &quot;thumbprint&quot; or &quot;ca&quot;</source>
        <translation>hub.x509Auth：必须为“thumbprint”或“ca”</translation>
    </message>
    <message>
        <source>dps.enrollmentGroupId: must name the enrollment group</source>
        <translation>dps.enrollmentGroupId：必须指定注册组</translation>
    </message>
    <message>
        <source>label: must be an object</source>
        <translation>label：必须是对象</translation>
    </message>
    <message>
        <source>wifi.field.ssid: at most 32 characters</source>
        <translation>wifi.field.ssid：最多 32 个字符</translation>
    </message>
    <message>
        <source>wifi.field.ssid: a double quote cannot be sent in the module&apos;s AT syntax</source>
        <translation>wifi.field.ssid：模块的 AT 语法无法发送双引号</translation>
    </message>
    <message>
        <source>wifi.field.ssid: must differ from the line network (wifi.ssid), which is not left on the module</source>
        <translation>wifi.field.ssid：必须与产线网络 (wifi.ssid) 不同，产线网络不会保留在模块上</translation>
    </message>
    <message>
        <source>wifi.field.security: must be &quot;wpa2&quot; or &quot;open&quot;</source>
        <translation>wifi.field.security：必须为 &quot;wpa2&quot; 或 &quot;open&quot;</translation>
    </message>
    <message>
        <source>wifi.field.passphraseSecret: must name the secret that holds the field network&apos;s passphrase</source>
        <translation>wifi.field.passphraseSecret：必须指定保存现场网络密码短语的机密</translation>
    </message>
    <message>
        <source>wifi.field.configId: must be a whole number from 1 to 9 (0 is the line network&apos;s)</source>
        <translation>wifi.field.configId：必须是 1 到 9 之间的整数（0 属于产线网络）</translation>
    </message>
    <message>
        <source>wifi.field: needs options.persist, or the module forgets the field network at its next start</source>
        <translation>wifi.field：需要 options.persist，否则模块在下次启动时会忘记现场网络</translation>
    </message>
    <message>
        <source>wifi.field.ssid: must not be empty (leave out wifi.field when there is no field network)</source>
        <translation>wifi.field.ssid：不能为空（没有现场网络时请省略 wifi.field）</translation>
    </message>
    <message>
        <source>%1 is not a folder</source>
        <translation>%1 不是文件夹</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>certificates.caKey: the CA key %1 is stored without a passphrase (ca-key-unencrypted); whoever can read it can issue certificates that Azure trusts</source>
        <translation>certificates.caKey：CA 密钥 %1 未用密码短语保护 (ca-key-unencrypted)；任何能读取它的人都能签发 Azure 信任的证书</translation>
    </message>
    <message>
        <source>the profile %1 is a JSON array, not an object ({&quot;format&quot;: &quot;provstation-profile&quot;, …})</source>
        <translation>配置文件 %1 是 JSON 数组，而不是对象 ({&quot;format&quot;: &quot;provstation-profile&quot;, …})</translation>
    </message>
    <message>
        <source>options.uploadBaud: 0 (stay at the line&apos;s rate) or 9600 to 5250000 baud</source>
        <translation>options.uploadBaud：0（保持线路波特率）或 9600 至 5250000 波特</translation>
    </message>
    <message>
        <source>options.connectHub: a hub flow always connects to the hub; only DPS flows can end at the assignment</source>
        <translation>options.connectHub：Hub 流程总是连接到 Hub；只有 DPS 流程可以在分配时结束</translation>
    </message>
    <message>
        <source>options.testTelemetry: the test message goes to the hub, so it needs options.connectHub</source>
        <translation>options.testTelemetry：测试消息发往 Hub，因此需要 options.connectHub</translation>
    </message>
    <message>
        <source>options.waitCloudToDevice: the message comes from the hub, so it needs options.connectHub</source>
        <translation>options.waitCloudToDevice：该消息来自 Hub，因此需要 options.connectHub</translation>
    </message>
</context>
<context>
    <name>ProvisionPage</name>
    <message>
        <source>Provision</source>
        <translation>预配</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>开始(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Log of this module</source>
        <translation>此模块的日志</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>模块</translation>
    </message>
    <message>
        <source>/dev/ttyUSB0 or a typed path</source>
        <translation>/dev/ttyUSB0 或手动输入的路径</translation>
    </message>
    <message>
        <source>Choose or type the module&apos;s port.</source>
        <translation>请选择或输入模块的端口。</translation>
    </message>
    <message>
        <source>The module on this port cannot run the profile: %1</source>
        <translation>此端口上的模块无法运行该配置文件：%1</translation>
    </message>
    <message>
        <source>%1 %2 (%3 ms) %4</source>
        <translation>%1 %2（%3 ms）%4</translation>
    </message>
    <message>
        <source>PASS</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>FAIL: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <source>Plug in the module, choose its port and press Start (Enter or F5).</source>
        <translation>插入模块，选择其端口，然后按“开始”（Enter 或 F5）。</translation>
    </message>
    <message>
        <source>Mod&amp;ule port:</source>
        <translation>模块端口(&amp;U)：</translation>
    </message>
    <message>
        <source>Seria&amp;l:</source>
        <translation>序列号(&amp;L)：</translation>
    </message>
    <message>
        <source>scan or type, when the ID uses {serial}</source>
        <translation>当 ID 使用 {serial} 时扫描或输入</translation>
    </message>
    <message>
        <source>%1 is busy with another job.</source>
        <translation>%1 正被另一个任务占用。</translation>
    </message>
    <message>
        <source>The results database is not ready: %1</source>
        <translation>结果数据库尚未就绪：%1</translation>
    </message>
    <message>
        <source>still opening</source>
        <translation>仍在打开</translation>
    </message>
    <message>
        <source>Started on %1 with the profile &quot;%2&quot;.</source>
        <translation>已在 %1 上以配置文件“%2”启动。</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Choose the port the module is on (type the path when it is not listed) and press Start (Alt+S, Enter or F5). When the ID uses {serial}, scan the module&apos;s serial first. The steps show what the station is doing; the panel shows what it knows about the module. When it finishes, the result page opens by itself.</source>
        <translation>选择模块所在的端口（未列出时请输入路径），然后按“开始”（Alt+S、Enter 或 F5）。如果 ID 使用 {serial}，请先扫描模块的序列号。步骤列表显示工位正在执行的操作；面板显示工位所掌握的模块信息。完成后，结果页会自动打开。</translation>
    </message>
</context>
<context>
    <name>ProvisioningWizard</name>
    <message>
        <source>Provision a module</source>
        <translation>预配模块</translation>
    </message>
    <message>
        <source>Press Start first.</source>
        <translation>请先按“开始”。</translation>
    </message>
    <message>
        <source>Page help (F1)</source>
        <translation>页面帮助（F1）</translation>
    </message>
</context>
<context>
    <name>QCoreApplication</name>
    <message>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>What happened to this module.</source>
        <translation>此模块的处理结果。</translation>
    </message>
    <message>
        <source>Assigned hub:</source>
        <translation>分配的 Hub：</translation>
    </message>
    <message>
        <source>Device ID:</source>
        <translation>设备 ID：</translation>
    </message>
    <message>
        <source>Registration ID:</source>
        <translation>注册 ID：</translation>
    </message>
    <message>
        <source>Substatus:</source>
        <translation>子状态：</translation>
    </message>
    <message>
        <source>Operation ID:</source>
        <translation>操作 ID：</translation>
    </message>
    <message>
        <source>Module:</source>
        <translation>模块：</translation>
    </message>
    <message>
        <source>Times:</source>
        <translation>时间：</translation>
    </message>
    <message>
        <source>&amp;Next module</source>
        <translation>下一个模块(&amp;N)</translation>
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
        <source>The module is provisioned.</source>
        <translation>模块已完成预配。</translation>
    </message>
    <message>
        <source>started %1, finished %2, %3 s</source>
        <translation>开始于 %1，结束于 %2，用时 %3 秒</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>重试(&amp;R)</translation>
    </message>
    <message>
        <source>Run the same module again (Enter)</source>
        <translation>再次运行同一模块（Enter）</translation>
    </message>
    <message>
        <source>✔ PASS</source>
        <translation>✔ 通过</translation>
    </message>
    <message>
        <source>✘ FAIL</source>
        <translation>✘ 失败</translation>
    </message>
    <message>
        <source>PASS means the module joined Wi-Fi, registered and sent its test message; its ID and hub are shown. FAIL names the cause in words: fix it (for example the Wi-Fi password) and press Retry, or Next module to go on with another module. Enter presses Next module after a PASS and Retry after a FAIL.</source>
        <translation>“通过”表示模块已加入 Wi-Fi、完成注册并发送了测试消息；界面会显示其 ID 和 Hub。“失败”会用文字说明原因：请排除问题（例如 Wi-Fi 密码）后按“重试”，或按“下一个模块”继续处理另一个模块。通过后按 Enter 键即为“下一个模块”，失败后即为“重试”。</translation>
    </message>
</context>
<context>
    <name>ResultStore</name>
    <message>
        <source>the SQLite driver for Qt (QSQLITE) is missing: install the package libqt6sql6-sqlite</source>
        <translation>缺少 Qt 的 SQLite 驱动 (QSQLITE)：请安装软件包 libqt6sql6-sqlite</translation>
    </message>
    <message>
        <source>cannot create the folder %1 for the results database: check that the path exists and is writable, or choose another location</source>
        <translation>无法为结果数据库创建文件夹 %1：请检查路径是否存在且可写，或选择其他位置</translation>
    </message>
    <message>
        <source>cannot open the results database %1: %2</source>
        <translation>无法打开结果数据库 %1：%2</translation>
    </message>
    <message>
        <source>cannot use the results database %1 (the file or its folder is not writable, or the file is not an SQLite database): %2</source>
        <translation>无法使用结果数据库 %1（文件或其所在文件夹不可写，或该文件不是 SQLite 数据库）：%2</translation>
    </message>
    <message>
        <source>cannot prepare the results database %1: %2</source>
        <translation>无法准备结果数据库 %1：%2</translation>
    </message>
    <message>
        <source>the results database is not open</source>
        <translation>结果数据库未打开</translation>
    </message>
    <message>
        <source>cannot record the start of an attempt in %1: %2</source>
        <translation>无法在 %1 中记录尝试的开始：%2</translation>
    </message>
    <message>
        <source>cannot record the end of an attempt that was never begun (no result id)</source>
        <translation>无法记录一个从未开始的尝试的结束（没有结果 ID）</translation>
    </message>
    <message>
        <source>cannot record the end of attempt %1 in %2: %3</source>
        <translation>无法在 %2 中记录尝试 %1 的结束：%3</translation>
    </message>
    <message>
        <source>cannot record the end of attempt %1: there is no such row in %2</source>
        <translation>无法记录尝试 %1 的结束：%2 中没有该行</translation>
    </message>
    <message>
        <source>the station stopped before this attempt finished (crash, kill or power loss)</source>
        <translation>此尝试完成前工位程序已停止（崩溃、被终止或断电）</translation>
    </message>
    <message>
        <source>cannot mark interrupted attempts in %1: %2</source>
        <translation>无法在 %1 中标记中断的尝试：%2</translation>
    </message>
    <message>
        <source>cannot read the results database %1: %2</source>
        <translation>无法读取结果数据库 %1：%2</translation>
    </message>
    <message>
        <source>cannot write the export %1: %2</source>
        <translation>无法写入导出文件 %1：%2</translation>
    </message>
    <message>
        <source>(this role may not do that: a station&apos;s role reads and writes rows; the schema belongs to the line&apos;s owner role, docs/line.md)</source>
        <translation>（此角色无权执行该操作：工位角色只读写数据行；架构归产线的所有者角色所有，见 docs/line.md）</translation>
    </message>
    <message>
        <source>the PostgreSQL driver for Qt (QPSQL) is missing: install the package libqt6sql6-psql</source>
        <translation>缺少 Qt 的 PostgreSQL 驱动 (QPSQL)：请安装软件包 libqt6sql6-psql</translation>
    </message>
    <message>
        <source>cannot connect to the results database %1: %2</source>
        <translation>无法连接结果数据库 %1：%2</translation>
    </message>
    <message>
        <source>the results server %1 does not answer: %2</source>
        <translation>结果服务器 %1 没有应答：%2</translation>
    </message>
    <message>
        <source>cannot grant the station role its rights in %1: %2</source>
        <translation>无法在 %1 中为工位角色授予权限：%2</translation>
    </message>
    <message>
        <source>the results database %1 was written by a newer station (schema %2; this one knows %3): use the newer station or another database</source>
        <translation>结果数据库 %1 由更新的工位写入（架构 %2；本工位只支持 %3）：请使用更新的工位或其他数据库</translation>
    </message>
    <message>
        <source>cannot upgrade the results database %1 to schema %2: %3</source>
        <translation>无法将结果数据库 %1 升级到架构 %2：%3</translation>
    </message>
    <message>
        <source>no migration to schema %1</source>
        <translation>没有到架构 %1 的迁移</translation>
    </message>
    <message>
        <source>cannot take the next {seq} number in %1: %2</source>
        <translation>无法在 %1 中获取下一个 {seq} 编号：%2</translation>
    </message>
    <message>
        <source>cannot record the certificate %1 in the ledger of %2: %3</source>
        <translation>无法将证书 %1 记入 %2 的签发台账：%3</translation>
    </message>
    <message>
        <source>cannot read the ledger of %1: %2</source>
        <translation>无法读取 %1 的签发台账：%2</translation>
    </message>
    <message>
        <source>cannot look the device ID up in %1: %2</source>
        <translation>无法在 %1 中查找设备 ID：%2</translation>
    </message>
    <message>
        <source>it is a folder; name a file, e.g. %1</source>
        <translation>这是一个文件夹；请指定一个文件，例如 %1</translation>
    </message>
    <message>
        <source>it is a device or a pipe, not a file</source>
        <translation>这是设备或管道，而不是文件</translation>
    </message>
</context>
<context>
    <name>ResultWriter</name>
    <message>
        <source>the results database is not open</source>
        <translation>结果数据库未打开</translation>
    </message>
    <message>
        <source>cannot read the journal %1: %2</source>
        <translation>无法读取日志 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n journal row(s) could not be written to %1 and are kept in %2</source>
        <translation>
            <numerusform>%n 条日志记录无法写入 %1，已保存在 %2</numerusform>
        </translation>
    </message>
    <message>
        <source>the results server %1 is unreachable</source>
        <translation>无法访问结果服务器 %1</translation>
    </message>
    <message>
        <source>%1 cannot be kept: the journal %2 cannot be written (%3)</source>
        <translation>无法保留%1：无法写入日志 %2（%3）</translation>
    </message>
    <message>
        <source>the result of attempt %1</source>
        <translation>第 %1 次尝试的结果</translation>
    </message>
    <message>
        <source>the ledger entry of certificate %1</source>
        <translation>证书 %1 的台账条目</translation>
    </message>
    <message>
        <source>the results server %1 is unreachable and the journal cannot be written</source>
        <translation>结果服务器 %1 无法访问，且无法写入日志</translation>
    </message>
</context>
<context>
    <name>ResultsModel</name>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>模块</translation>
    </message>
    <message>
        <source>MAC</source>
        <translation>MAC</translation>
    </message>
    <message>
        <source>Device ID</source>
        <translation>设备 ID</translation>
    </message>
    <message>
        <source>Assigned hub</source>
        <translation>分配的 Hub</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>工位</translation>
    </message>
</context>
<context>
    <name>ResultsUrl</name>
    <message>
        <source>the results URL %1 names no SQLite file</source>
        <translation>结果 URL %1 未指定 SQLite 文件</translation>
    </message>
    <message>
        <source>the results URL %1 has the scheme &quot;%2&quot;: use a file path, sqlite:///PATH or postgresql://USER@HOST/DATABASE</source>
        <translation>结果 URL %1 的协议为 &quot;%2&quot;：请使用文件路径、sqlite:///PATH 或 postgresql://USER@HOST/DATABASE</translation>
    </message>
    <message>
        <source>the results URL %1 is not a valid URL: %2</source>
        <translation>结果 URL %1 不是有效的 URL：%2</translation>
    </message>
    <message>
        <source>the results URL %1 names no database: write postgresql://USER@HOST/DATABASE</source>
        <translation>结果 URL %1 未指定数据库：请写成 postgresql://USER@HOST/DATABASE</translation>
    </message>
    <message>
        <source>the results URL %1 carries a password: give it as the secret &quot;%2&quot; or in ~/.pgpass instead</source>
        <translation>结果 URL %1 包含密码：请改为通过机密 &quot;%2&quot; 或 ~/.pgpass 提供</translation>
    </message>
    <message>
        <source>the results URL %1 has the unknown option &quot;%2&quot; (known: %3)</source>
        <translation>结果 URL %1 含有未知选项 &quot;%2&quot;（已知选项：%3）</translation>
    </message>
    <message>
        <source>the option &quot;%1&quot; of the results URL %2 holds a space, quote, backslash or semicolon, which a connection option cannot carry</source>
        <translation>结果 URL %2 的选项 &quot;%1&quot; 含有空格、引号、反斜杠或分号，连接选项不能包含这些字符</translation>
    </message>
    <message>
        <source>the results URL %1 names no user: write postgresql://USER@HOST/DATABASE</source>
        <translation>结果 URL %1 未指定用户：请写成 postgresql://USER@HOST/DATABASE</translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Reload the history from the database (F5)</source>
        <translation>从数据库重新加载历史记录 (F5)</translation>
    </message>
    <message>
        <source>Write the whole history to a CSV file</source>
        <translation>将全部历史记录写入 CSV 文件</translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation>尝试</translation>
    </message>
    <message>
        <source>Result:</source>
        <translation>结果：</translation>
    </message>
    <message>
        <source>Cause:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <source>Assigned hub:</source>
        <translation>分配的 Hub：</translation>
    </message>
    <message>
        <source>Device ID:</source>
        <translation>设备 ID：</translation>
    </message>
    <message>
        <source>Registration ID:</source>
        <translation>注册 ID：</translation>
    </message>
    <message>
        <source>Substatus:</source>
        <translation>子状态：</translation>
    </message>
    <message>
        <source>Operation ID:</source>
        <translation>操作 ID：</translation>
    </message>
    <message>
        <source>Started:</source>
        <translation>开始时间：</translation>
    </message>
    <message>
        <source>Finished:</source>
        <translation>结束时间：</translation>
    </message>
    <message>
        <source>Module:</source>
        <translation>模块：</translation>
    </message>
    <message>
        <source>Certificate:</source>
        <translation>证书：</translation>
    </message>
    <message>
        <source>Station:</source>
        <translation>工位：</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Cannot read the history: %1</source>
        <translation>无法读取历史记录：%1</translation>
    </message>
    <message>
        <source>Export results history</source>
        <translation>导出结果历史记录</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>An export is still running</source>
        <translation>仍有导出正在进行</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>已导出到 %1</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>导出失败：%1</translation>
    </message>
    <message>
        <source>Select an attempt to see its details.</source>
        <translation>选择一次尝试以查看其详细信息。</translation>
    </message>
    <message>
        <source>#%1 %2</source>
        <translation>#%1 %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>serial %1, SHA-1 %2</source>
        <translation>序列号 %1，SHA-1 %2</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>MAC, device ID, PASS/FAIL, cause, station… (Ctrl+F)</source>
        <translation>MAC、设备 ID、通过/失败、原因、工位…（Ctrl+F）</translation>
    </message>
    <message>
        <source>newest %1 attempts; scroll for older ones</source>
        <translation>最近 %1 次尝试；向下滚动查看更早的</translation>
    </message>
    <message>
        <source>%1 attempts</source>
        <translation>%1 次尝试</translation>
    </message>
    <message>
        <source>%1 (number %2)</source>
        <translation>%1（编号 %2）</translation>
    </message>
    <message>
        <source>Fi&amp;lter:</source>
        <translation>筛选(&amp;L)：</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>导出 CSV(&amp;X)…</translation>
    </message>
    <message>
        <source>seen by the hub</source>
        <translation>Hub 已看到该设备</translation>
    </message>
    <message>
        <source>registered in the hub, no activity reported yet</source>
        <translation>已在 Hub 中注册，尚未报告活动</translation>
    </message>
    <message>
        <source>not registered in the hub</source>
        <translation>未在 Hub 中注册</translation>
    </message>
    <message>
        <source>the hub&apos;s identity does not accept the module&apos;s credential</source>
        <translation>Hub 中的标识不接受模块的凭据</translation>
    </message>
    <message>
        <source>disabled in the hub</source>
        <translation>已在 Hub 中禁用</translation>
    </message>
    <message>
        <source>the hub could not be asked</source>
        <translation>无法询问 Hub</translation>
    </message>
    <message>
        <source>Print the selected module&apos;s label again (Ctrl+P), with the profile&apos;s label template and printer</source>
        <translation>用配置文件的标签模板和打印机重新打印所选模块的标签（Ctrl+P）</translation>
    </message>
    <message>
        <source>Cloud check:</source>
        <translation>云端检查：</translation>
    </message>
    <message>
        <source>Reprinting needs the station window (its profile&apos;s label template and printer)</source>
        <translation>重新打印需要工位窗口（其配置文件的标签模板和打印机）</translation>
    </message>
    <message>
        <source>Select a module that passed: labels are for modules that passed</source>
        <translation>请选择一个已通过的模块：标签只用于已通过的模块</translation>
    </message>
    <message>
        <source>Attempt #%1 did not pass: labels are for modules that passed</source>
        <translation>尝试 #%1 未通过：标签只用于已通过的模块</translation>
    </message>
    <message>
        <source>The profile names no label printer (label.target): set one in the label settings, or use provstation-cli label --result %1 --to …</source>
        <translation>配置文件未指定标签打印机（label.target）：请在标签设置中设置一个，或使用 provstation-cli label --result %1 --to …</translation>
    </message>
    <message>
        <source>Printing the label of %1…</source>
        <translation>正在打印 %1 的标签…</translation>
    </message>
    <message>
        <source>The label of %1 was printed to %2</source>
        <translation>%1 的标签已打印到 %2</translation>
    </message>
    <message>
        <source>The label of %1 was not printed: %2</source>
        <translation>%1 的标签未打印：%2</translation>
    </message>
    <message>
        <source>Reprint la&amp;bel</source>
        <translation>重新打印标签(&amp;B)</translation>
    </message>
</context>
<context>
    <name>SecretField</name>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Show what you typed (never the stored value)</source>
        <translation>显示您输入的内容（绝不显示已存储的值）</translation>
    </message>
    <message>
        <source>There is no secret store: the value cannot be kept.</source>
        <translation>没有机密存储：无法保存该值。</translation>
    </message>
    <message>
        <source>Stored in %1 as &quot;%2&quot;; type to replace it.</source>
        <translation>已以“%2”的名称存储在 %1 中；输入新值即可替换。</translation>
    </message>
    <message>
        <source>Not stored yet (%1 as &quot;%2&quot;).</source>
        <translation>尚未存储（将以“%2”的名称存入 %1）。</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>正在检查 %1…</translation>
    </message>
    <message>
        <source>The secret store did not keep it: %1</source>
        <translation>密钥存储未能保存：%1</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>the secret &apos;%1&apos; is not set: give --secret %1=env:VAR or store it in the keychain</source>
        <translation>机密“%1”未设置：请使用 --secret %1=env:VAR，或将其保存到钥匙串中</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid secret name: use letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos; only</source>
        <translation>“%1”不是有效的机密名称：只能使用字母、数字、“.”、“_”和“-”</translation>
    </message>
</context>
<context>
    <name>SerialTransport</name>
    <message>
        <source>no such port</source>
        <translation>端口不存在</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>the module on %1 went away (unplugged or closed)</source>
        <translation>%1 上的模块已断开（被拔出或已关闭）</translation>
    </message>
    <message>
        <source>cannot open %1: the port is in use by another program (a terminal, a second station, ModemManager); close it, or find it with: fuser -v %2</source>
        <translation>无法打开 %1：端口正被其他程序占用（终端、另一个工位、ModemManager）；请关闭该程序，或用以下命令查找：fuser -v %2</translation>
    </message>
    <message>
        <source>cannot open %1: permission denied</source>
        <translation>无法打开 %1：权限被拒绝</translation>
    </message>
    <message>
        <source>cannot open %1: permission denied. Only its owner %2 may open it (mode %3), so joining a group does not help. Fix: install the station&apos;s udev rule for the adapter (see &apos;man provstation-cli&apos;, PERMISSIONS), or ask an administrator to give the group dialout read and write access.</source>
        <translation>无法打开 %1：权限被拒绝。只有其所有者 %2 可以打开它（模式 %3），因此加入用户组没有帮助。解决方法：为该适配器安装工位的 udev 规则（参见“man provstation-cli”中的 PERMISSIONS），或请管理员为 dialout 组授予读写权限。</translation>
    </message>
    <message>
        <source>cannot open %1: permission denied. The user %2 was added to the group &apos;%3&apos; after this session started. Fix: log out and back in (or run: newgrp %3).</source>
        <translation>无法打开 %1：权限被拒绝。用户 %2 是在本次会话开始之后才加入“%3”组的。解决方法：注销并重新登录（或运行：newgrp %3）。</translation>
    </message>
    <message>
        <source>cannot open %1: permission denied. The port belongs to the group &apos;%3&apos; and the user %2 is not a member. Fix: sudo usermod -aG %3 %2, then log out and back in.</source>
        <translation>无法打开 %1：权限被拒绝。该端口属于“%3”组，而用户 %2 不是该组成员。解决方法：sudo usermod -aG %3 %2，然后注销并重新登录。</translation>
    </message>
</context>
<context>
    <name>Simulation</name>
    <message>
        <source>the simulation did not start within 30 s (local Azure or uxsim did not answer)</source>
        <translation>模拟未在 30 秒内启动（本地 Azure 或 uxsim 无应答）</translation>
    </message>
    <message>
        <source>%1 stopped while starting: %2</source>
        <translation>%1 在启动时停止：%2</translation>
    </message>
    <message>
        <source>cannot start %1 (is it built and installed?)</source>
        <translation>无法启动 %1（是否已构建并安装？）</translation>
    </message>
    <message>
        <source>cannot create a temporary directory</source>
        <translation>无法创建临时目录</translation>
    </message>
    <message>
        <source>local-azure could not %1: %2</source>
        <translation>local-azure 无法执行“%1”：%2</translation>
    </message>
    <message>
        <source>cannot make the demo CA: %1</source>
        <translation>无法生成演示 CA：%1</translation>
    </message>
    <message>
        <source>cannot write the demo CA: %1</source>
        <translation>无法写入演示 CA：%1</translation>
    </message>
    <message>
        <source>add the CA to the hub</source>
        <translation>将 CA 添加到 Hub</translation>
    </message>
    <message>
        <source>create a device</source>
        <translation>创建设备</translation>
    </message>
    <message>
        <source>create the enrollment group</source>
        <translation>创建注册组</translation>
    </message>
    <message>
        <source>the simulation has no set-up for the %1 flow</source>
        <translation>模拟不支持 %1 流程的设置</translation>
    </message>
    <message>
        <source>Simulated %1</source>
        <translation>模拟的 %1</translation>
    </message>
    <message>
        <source>local-azure printed no ports</source>
        <translation>local-azure 未输出任何端口</translation>
    </message>
    <message>
        <source>upload and verify the CA</source>
        <translation>上传并验证 CA</translation>
    </message>
    <message>
        <source>preparing the cloud failed: %1</source>
        <translation>准备云端失败：%1</translation>
    </message>
    <message>
        <source>no free loopback port for an unreachable Azure: %1</source>
        <translation>没有可用于不可达 Azure 的空闲回环端口：%1</translation>
    </message>
</context>
<context>
    <name>Station</name>
    <message>
        <source>the slots cannot change while slot %1 (%2) is provisioning</source>
        <translation>槽位 %1（%2）正在预配，无法更改槽位</translation>
    </message>
    <message>
        <source>a port is listed twice</source>
        <translation>有端口被重复列出</translation>
    </message>
    <message>
        <source>no port given</source>
        <translation>未指定端口</translation>
    </message>
    <message>
        <source>%1 is already slot %2</source>
        <translation>%1 已是槽位 %2</translation>
    </message>
    <message>
        <source>there is no slot %1</source>
        <translation>不存在槽位 %1</translation>
    </message>
    <message>
        <source>slot %1 is provisioning; stop it first</source>
        <translation>槽位 %1 正在预配；请先停止它</translation>
    </message>
    <message>
        <source>choose or type the module&apos;s port</source>
        <translation>请选择或输入模块的端口</translation>
    </message>
    <message>
        <source>%1 is busy: slot %2 is provisioning it</source>
        <translation>%1 正忙：槽位 %2 正在通过它预配</translation>
    </message>
    <message>
        <source>%1 is busy: the wizard is provisioning it</source>
        <translation>%1 正忙：向导正在通过它预配</translation>
    </message>
    <message>
        <source>there is no results database: nothing is provisioned without a record</source>
        <translation>没有结果数据库：没有记录就不进行任何预配</translation>
    </message>
    <message>
        <source>the results database is still opening</source>
        <translation>结果数据库仍在打开</translation>
    </message>
    <message>
        <source>the results database cannot be written: %1</source>
        <translation>无法写入结果数据库：%1</translation>
    </message>
    <message>
        <source>the attempt could not be recorded: %1</source>
        <translation>无法记录此次尝试：%1</translation>
    </message>
    <message>
        <source>The results server %1 is unreachable: running modules finish and their results are kept; new modules start when it is back.</source>
        <translation>无法访问结果服务器 %1：正在运行的模块会完成，其结果会被保留；服务器恢复后新模块才会开始。</translation>
    </message>
    <message>
        <source>the setting results/url holds a password: remove it from the URL and keep it as the secret &quot;%1&quot; or in ~/.pgpass</source>
        <translation>设置 results/url 含有密码：请从 URL 中删除，并将其保存为机密 &quot;%1&quot; 或放在 ~/.pgpass 中</translation>
    </message>
    <message>
        <source>the results server %1 is unreachable: the modules that are running finish, new ones start when it is back</source>
        <translation>无法访问结果服务器 %1：正在运行的模块会完成，服务器恢复后新模块才会开始</translation>
    </message>
    <message>
        <source>the results database was closed</source>
        <translation>结果数据库已关闭</translation>
    </message>
</context>
<context>
    <name>StationSettingsDialog</name>
    <message>
        <source>Station and results</source>
        <translation>工位与结果</translation>
    </message>
    <message>
        <source>empty: this user&apos;s results.sqlite; or a file, or postgresql://user@host/db</source>
        <translation>留空：当前用户的 results.sqlite；或一个文件，或 postgresql://user@host/db</translation>
    </message>
    <message>
        <source>empty: the computer&apos;s name (%1)</source>
        <translation>留空：计算机名称（%1）</translation>
    </message>
    <message>
        <source>empty: not part of a line</source>
        <translation>留空：不属于任何产线</translation>
    </message>
    <message>
        <source>&amp;Results database:</source>
        <translation>结果数据库(&amp;R)：</translation>
    </message>
    <message>
        <source>Station &amp;ID:</source>
        <translation>工位 ID(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Line ID:</source>
        <translation>产线 ID(&amp;L)：</translation>
    </message>
    <message>
        <source>A PostgreSQL password never goes into the URL: keep it in the secret store as &quot;%1&quot; (provstation-cli results --secret) or in ~/.pgpass.</source>
        <translation>PostgreSQL 密码绝不能写进 URL：请将其以“%1”保存在密钥存储中（provstation-cli results --secret），或保存在 ~/.pgpass 中。</translation>
    </message>
    <message>
        <source>Set in the environment, and used instead of these settings: %1</source>
        <translation>已在环境变量中设置，并将代替这些设置使用：%1</translation>
    </message>
    <message>
        <source>Results database: %1</source>
        <translation>结果数据库：%1</translation>
    </message>
    <message>
        <source>Results database: remove the password from the URL; keep it as the secret &quot;%1&quot; or in ~/.pgpass</source>
        <translation>结果数据库：请从 URL 中删除密码；将其作为密钥“%1”保存，或保存在 ~/.pgpass 中</translation>
    </message>
    <message>
        <source>Station ID: letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos; only, at most 64</source>
        <translation>工位 ID：只能包含字母、数字、“.”、“_”和“-”，最多 64 个字符</translation>
    </message>
    <message>
        <source>Line ID: letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos; only, at most 64</source>
        <translation>产线 ID：只能包含字母、数字、“.”、“_”和“-”，最多 64 个字符</translation>
    </message>
    <message>
        <source>Modules are being provisioned: stop them or let them finish, then apply.</source>
        <translation>正在配置模块：请先停止或等待其完成，然后再应用。</translation>
    </message>
</context>
<context>
    <name>StationTile</name>
    <message>
        <source>Slot %1</source>
        <translation>槽位 %1</translation>
    </message>
    <message>
        <source>Slot %1 · %2</source>
        <translation>槽位 %1 · %2</translation>
    </message>
    <message>
        <source>Module:</source>
        <translation>模块：</translation>
    </message>
    <message>
        <source>Firmware:</source>
        <translation>固件：</translation>
    </message>
    <message>
        <source>MAC:</source>
        <translation>MAC：</translation>
    </message>
    <message>
        <source>Elapsed time</source>
        <translation>已用时间</translation>
    </message>
    <message>
        <source>Run this slot again</source>
        <translation>重新运行此槽位</translation>
    </message>
    <message>
        <source>Cancel this slot</source>
        <translation>取消此槽位</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>正在启动…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Device %1</source>
        <translation>设备 %1</translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation>已分配到 %1</translation>
    </message>
    <message>
        <source>NO MODULE</source>
        <translation>无模块</translation>
    </message>
    <message>
        <source>Plug in a module</source>
        <translation>请插入模块</translation>
    </message>
    <message>
        <source>READY</source>
        <translation>就绪</translation>
    </message>
    <message>
        <source>Waiting to start</source>
        <translation>等待启动</translation>
    </message>
    <message>
        <source>RUNNING</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>✔ PASS</source>
        <translation>✔ 通过</translation>
    </message>
    <message>
        <source>✘ FAIL</source>
        <translation>✘ 失败</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Run again</source>
        <translation>再次运行</translation>
    </message>
</context>
<context>
    <name>StationView</name>
    <message>
        <source>&amp;Start all</source>
        <translation>全部开始(&amp;S)</translation>
    </message>
    <message>
        <source>Start every slot that is not running (F5)</source>
        <translation>启动所有未在运行的槽位 (F5)</translation>
    </message>
    <message>
        <source>Cancel every running slot (Shift+F5)</source>
        <translation>取消所有正在运行的槽位 (Shift+F5)</translation>
    </message>
    <message>
        <source>&amp;Auto-start when a module is plugged in</source>
        <translation>插入模块时自动开始(&amp;A)</translation>
    </message>
    <message>
        <source>%1 passed · %2 failed · %3 running</source>
        <translation>%1 通过 · %2 失败 · %3 运行中</translation>
    </message>
    <message>
        <source>You may not open %1: add your user to the group that owns it (usually: sudo usermod -aG dialout $USER), then log out and in again.</source>
        <translation>您无权打开 %1：请将您的用户加入拥有它的用户组（通常为：sudo usermod -aG dialout $USER），然后注销并重新登录。</translation>
    </message>
    <message>
        <source>Choose a port in the list or type its path.</source>
        <translation>请在列表中选择端口，或输入其路径。</translation>
    </message>
    <message>
        <source>or type a path (/dev/ttyUSB0, a pseudo-terminal)</source>
        <translation>或输入路径（/dev/ttyUSB0、伪终端）</translation>
    </message>
    <message>
        <source>A&amp;dd slot</source>
        <translation>添加槽位(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Remove slot</source>
        <translation>移除槽位(&amp;R)</translation>
    </message>
    <message>
        <source>%1 — slot %2</source>
        <translation>%1 — 槽位 %2</translation>
    </message>
    <message>
        <source>Remove slot %1</source>
        <translation>移除槽位 %1</translation>
    </message>
    <message>
        <source>Choose a port that is a slot</source>
        <translation>请选择一个已设为槽位的端口</translation>
    </message>
    <message>
        <source>%1 is slot %2.</source>
        <translation>%1 是槽位 %2。</translation>
    </message>
    <message>
        <source>%1 is slot %2; it does not exist yet (plug the module in).</source>
        <translation>%1 是槽位 %2；该端口尚不存在（请插入模块）。</translation>
    </message>
    <message>
        <source>%1 is no longer a slot.</source>
        <translation>%1 已不再是槽位。</translation>
    </message>
    <message>
        <source>There are no slots yet: add the ports of the line first.</source>
        <translation>尚无槽位：请先添加产线的端口。</translation>
    </message>
    <message>
        <source>Stop a&amp;ll</source>
        <translation>全部停止(&amp;L)</translation>
    </message>
    <message>
        <source>Ports of this &amp;computer:</source>
        <translation>本机端口(&amp;C)：</translation>
    </message>
    <message>
        <source>Sca&amp;n again</source>
        <translation>重新扫描(&amp;N)</translation>
    </message>
</context>
<context>
    <name>Step</name>
    <message>
        <source>Prepare</source>
        <translation>准备</translation>
    </message>
    <message>
        <source>Open the port</source>
        <translation>打开端口</translation>
    </message>
    <message>
        <source>Identify</source>
        <translation>识别</translation>
    </message>
    <message>
        <source>Check the firmware</source>
        <translation>检查固件</translation>
    </message>
    <message>
        <source>Factory reset</source>
        <translation>恢复出厂设置</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>证书</translation>
    </message>
    <message>
        <source>Wi-Fi</source>
        <translation>Wi-Fi</translation>
    </message>
    <message>
        <source>Extended Data Mode</source>
        <translation>扩展数据模式</translation>
    </message>
    <message>
        <source>DPS registration</source>
        <translation>DPS 注册</translation>
    </message>
    <message>
        <source>IoT Hub</source>
        <translation>IoT Hub</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>保存设置</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>重启</translation>
    </message>
    <message>
        <source>Cloud identity</source>
        <translation>云端标识</translation>
    </message>
    <message>
        <source>Cloud check</source>
        <translation>云端检查</translation>
    </message>
    <message>
        <source>Field Wi-Fi</source>
        <translation>现场 Wi-Fi</translation>
    </message>
    <message>
        <source>Stored Wi-Fi check</source>
        <translation>检查已保存的 Wi-Fi</translation>
    </message>
    <message>
        <source>Device ID</source>
        <translation>设备 ID</translation>
    </message>
</context>
<context>
    <name>StepOutcome</name>
    <message>
        <source>passed</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>TrafficInspector</name>
    <message>
        <source>Follow</source>
        <translation>跟随</translation>
    </message>
    <message>
        <source>Reveal secrets</source>
        <translation>显示机密</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>所有类型</translation>
    </message>
    <message>
        <source>Filter text</source>
        <translation>筛选文本</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Engineer mode only: show secrets kept in memory for this session</source>
        <translation>仅限工程师模式：显示本次会话内存中保留的机密</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清空</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>%1 records, %2 shown</source>
        <translation>%1 条记录，显示 %2 条</translation>
    </message>
    <message>
        <source>, %1 dropped (capacity %2)</source>
        <translation>，丢弃 %1 条（容量 %2）</translation>
    </message>
    <message>
        <source>, paused with %1 waiting</source>
        <translation>，已暂停，%1 条等待中</translation>
    </message>
    <message>
        <source>Export traffic</source>
        <translation>导出通信数据</translation>
    </message>
    <message>
        <source>Import capture</source>
        <translation>导入抓包文件</translation>
    </message>
    <message>
        <source>bytes %1–%2</source>
        <translation>字节 %1–%2</translation>
    </message>
    <message>
        <source>Text in the style of u-blox&apos;s log (*.txt)</source>
        <translation>u-blox 日志格式的文本 (*.txt)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>pcapng for Wireshark (*.pcapng)</source>
        <translation>用于 Wireshark 的 pcapng (*.pcapng)</translation>
    </message>
    <message>
        <source>1 record</source>
        <translation>1 条记录</translation>
    </message>
    <message>
        <source>%1 records</source>
        <translation>%1 条记录</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>这是一个文件夹</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>文件夹 %1 不存在</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder</source>
        <translation>%1 是文件，不是文件夹</translation>
    </message>
    <message>
        <source>you have no permission to write in the folder %1</source>
        <translation>您没有写入文件夹 %1 的权限</translation>
    </message>
    <message>
        <source>the file is read-only</source>
        <translation>该文件为只读</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>所有通道</translation>
    </message>
    <message>
        <source>Channel </source>
        <translation>通道 </translation>
    </message>
    <message>
        <source>Find (Ctrl+F)</source>
        <translation>查找 (Ctrl+F)</translation>
    </message>
    <message>
        <source>Find next</source>
        <translation>查找下一个</translation>
    </message>
    <message>
        <source>Include them in exports</source>
        <translation>包含在导出中</translation>
    </message>
    <message>
        <source>Engineer mode only: exports carry the revealed secrets instead of ********</source>
        <translation>仅限工程师模式：导出中包含已显示的机密，而不是 ********</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Back to live</source>
        <translation>返回实时通信</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>所有来源</translation>
    </message>
    <message>
        <source>No shown record contains &quot;%1&quot;.</source>
        <translation>没有显示的记录包含“%1”。</translation>
    </message>
    <message>
        <source>, %1 still loading</source>
        <translation>，%1 条仍在加载</translation>
    </message>
    <message>
        <source>; live traffic meanwhile: %1</source>
        <translation>；期间的实时通信：%1</translation>
    </message>
    <message>
        <source>Showing the capture %1</source>
        <translation>正在显示抓包文件 %1</translation>
    </message>
    <message>
        <source>Showing the live traffic</source>
        <translation>正在显示实时通信</translation>
    </message>
    <message>
        <source>Back into the main window</source>
        <translation>返回主窗口</translation>
    </message>
    <message>
        <source>Open in its own window</source>
        <translation>在独立窗口中打开</translation>
    </message>
    <message>
        <source>Cannot export to %1: %2</source>
        <translation>无法导出到 %1：%2</translation>
    </message>
    <message>
        <source>Exported %1 to %2.</source>
        <translation>已将 %1 导出到 %2。</translation>
    </message>
    <message>
        <source>Cannot import %1: %2</source>
        <translation>无法导入 %1：%2</translation>
    </message>
    <message>
        <source>Imported %1 from %2.</source>
        <translation>已从 %2 导入 %1。</translation>
    </message>
    <message>
        <source>The table holds the newest %1; the oldest %2 did not fit.</source>
        <translation>表格保留最新的 %1 条；最早的 %2 条放不下。</translation>
    </message>
    <message>
        <source>Captures (*.pcapng *.csv)</source>
        <translation>抓包文件 (*.pcapng *.csv)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <source>Show the capture %1 (%2) instead of the live traffic?</source>
        <translation>显示抓包文件 %1（%2）而不是实时通信？</translation>
    </message>
    <message>
        <source>The table holds %1 of live traffic. They are kept, and so is the traffic that arrives meanwhile: &quot;Back to live&quot; shows them again.</source>
        <translation>表格中有 %1 实时通信。这些记录以及期间到达的通信都会保留：“返回实时通信”会再次显示它们。</translation>
    </message>
    <message>
        <source>Show the capture</source>
        <translation>显示抓包文件</translation>
    </message>
    <message>
        <source>Not imported: the table still shows the live traffic.</source>
        <translation>未导入：表格仍显示实时通信。</translation>
    </message>
</context>
<context>
    <name>TrafficModel</name>
    <message>
        <source>Time (ms)</source>
        <translation>时间 (ms)</translation>
    </message>
    <message>
        <source>Dir</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Ch</source>
        <translation>通道</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Latency (ms)</source>
        <translation>延迟 (ms)</translation>
    </message>
    <message>
        <source>[revealed] %1</source>
        <translation>[已显示] %1</translation>
    </message>
    <message>
        <source>Secrets redacted; an engineer can reveal this record</source>
        <translation>机密已隐去；工程师可显示此记录</translation>
    </message>
    <message>
        <source>Secrets redacted at the source</source>
        <translation>机密已在来源处隐去</translation>
    </message>
    <message>
        <source>Milliseconds since the first record of the table</source>
        <translation>自表格第一条记录起的毫秒数</translation>
    </message>
    <message>
        <source>The station slot whose module it was, or the wizard</source>
        <translation>该模块所在的工位槽位，或向导</translation>
    </message>
    <message>
        <source>From an AT command to its final result, on the row of the result</source>
        <translation>从 AT 命令到其最终结果，显示在结果所在行</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
</context>
<context>
    <name>WifiPage</name>
    <message>
        <source>Wi-Fi</source>
        <translation>Wi-Fi</translation>
    </message>
    <message>
        <source>The network the module joins. The passphrase goes to the secret store, never into the profile.</source>
        <translation>模块要加入的网络。密码短语保存在机密存储中，绝不写入配置文件。</translation>
    </message>
    <message>
        <source>&amp;SSID:</source>
        <translation>SSID(&amp;S)：</translation>
    </message>
    <message>
        <source>WPA2 personal</source>
        <translation>WPA2 个人</translation>
    </message>
    <message>
        <source>Open (no password)</source>
        <translation>开放（无密码）</translation>
    </message>
    <message>
        <source>&amp;Join this network automatically when the module starts</source>
        <translation>模块启动时自动加入此网络(&amp;J)</translation>
    </message>
    <message>
        <source>8 to 63 characters</source>
        <translation>8 到 63 个字符</translation>
    </message>
    <message>
        <source>The SSID must not be empty.</source>
        <translation>SSID 不能为空。</translation>
    </message>
    <message>
        <source>The module joins this network during provisioning. The passphrase is kept in the secret store (the system keychain) and is never written to the profile, the log or the results. With automatic join the module reconnects by itself after a restart.</source>
        <translation>模块在预配过程中加入此网络。密码短语保存在机密存储（系统钥匙串）中，绝不会写入配置文件、日志或结果。启用自动加入后，模块重启后会自行重新连接。</translation>
    </message>
    <message>
        <source>The passphrase cannot contain a double quote (the module&apos;s AT syntax cannot carry it).</source>
        <translation>密码短语不能包含双引号（模块的 AT 语法无法传输双引号）。</translation>
    </message>
    <message>
        <source>A WPA2 passphrase has 8 to 63 characters.</source>
        <translation>WPA2 密码短语为 8 到 63 个字符。</translation>
    </message>
    <message>
        <source>Se&amp;curity:</source>
        <translation>安全类型(&amp;C)：</translation>
    </message>
    <message>
        <source>Passphr&amp;ase:</source>
        <translation>密码短语(&amp;A)：</translation>
    </message>
    <message>
        <source>The SSID cannot contain a double quote.</source>
        <translation>SSID 不能包含双引号。</translation>
    </message>
    <message>
        <source>Type the Wi-Fi passphrase; it goes to the secret store.</source>
        <translation>请输入 Wi-Fi 密码短语；它将保存到机密存储中。</translation>
    </message>
    <message>
        <source>Field network (stored for the customer, not joined here)</source>
        <translation>现场网络（为客户保存，此处不加入）</translation>
    </message>
    <message>
        <source>Field SS&amp;ID:</source>
        <translation>现场 SSID(&amp;I)：</translation>
    </message>
    <message>
        <source>Field passphrase:</source>
        <translation>现场密码短语：</translation>
    </message>
    <message>
        <source>empty: the module keeps the network above</source>
        <translation>留空：模块保留上面的网络</translation>
    </message>
    <message>
        <source>The field network must differ from the line network, which is not left on the module.</source>
        <translation>现场网络必须与产线网络不同，产线网络不会保留在模块上。</translation>
    </message>
    <message>
        <source>The field SSID cannot contain a double quote.</source>
        <translation>现场 SSID 不能包含双引号。</translation>
    </message>
    <message>
        <source>Type the field network&apos;s passphrase; it goes to the secret store.</source>
        <translation>请输入现场网络的密码短语；它将保存到机密存储中。</translation>
    </message>
    <message>
        <source>With a field network, the network above is the line network: the module joins it for the test, then forgets it. The field network (the customer&apos;s) is stored on the module with activation at start-up and is never joined on the line; its passphrase also goes to the secret store.</source>
        <translation>有现场网络时，上面的网络就是产线网络：模块加入它进行测试，之后将其忘记。现场网络（客户的网络）保存在模块上并在启动时激活，在产线上从不加入；它的密码短语同样保存到机密存储中。</translation>
    </message>
    <message>
        <source>Fie&amp;ld security:</source>
        <translation>现场安全类型(&amp;L)：</translation>
    </message>
</context>
<context>
    <name>at</name>
    <message>
        <source>the access point closed the connection</source>
        <translation>接入点关闭了连接</translation>
    </message>
    <message>
        <source>the access point is out of range</source>
        <translation>接入点超出范围</translation>
    </message>
    <message>
        <source>roaming to another access point</source>
        <translation>正在漫游到另一个接入点</translation>
    </message>
    <message>
        <source>wrong Wi-Fi password or security type</source>
        <translation>Wi-Fi 密码或安全类型错误</translation>
    </message>
    <message>
        <source>the Wi-Fi network was disabled</source>
        <translation>Wi-Fi 网络已被禁用</translation>
    </message>
    <message>
        <source>Wi-Fi link lost for an unknown reason (%1)</source>
        <translation>Wi-Fi 连接因未知原因断开（%1）</translation>
    </message>
</context>
<context>
    <name>azure</name>
    <message>
        <source>not a DPS response topic (it should start with %1)</source>
        <translation>不是 DPS 应答主题（应以 %1 开头）</translation>
    </message>
    <message>
        <source>DPS response topic without a status code: %1</source>
        <translation>DPS 应答主题中没有状态码：%1</translation>
    </message>
    <message>
        <source>DPS answer is not JSON: %1 at byte %2</source>
        <translation>DPS 应答不是 JSON：第 %2 字节处 %1</translation>
    </message>
    <message>
        <source>DPS answer is not a JSON object</source>
        <translation>DPS 应答不是 JSON 对象</translation>
    </message>
    <message>
        <source>DPS answer has neither a status nor an error code</source>
        <translation>DPS 应答既无状态也无错误码</translation>
    </message>
    <message>
        <source>a space (U+0020)</source>
        <translation>空格 (U+0020)</translation>
    </message>
    <message>
        <source>%1: character %2 is %3, which is not allowed; use %4</source>
        <translation>%1：第 %2 个字符是 %3，不允许使用；请使用 %4</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1 为空</translation>
    </message>
    <message>
        <source>%1 is %2 characters long; at most %3 are allowed</source>
        <translation>%1 长 %2 个字符；最多允许 %3 个</translation>
    </message>
    <message>
        <source>registration ID</source>
        <translation>注册 ID</translation>
    </message>
    <message>
        <source>%1 (an X.509 certificate&apos;s CN holds at most 64 characters)</source>
        <translation>%1（X.509 证书的 CN 最多 64 个字符）</translation>
    </message>
    <message>
        <source>letters, digits, &apos;-&apos;, &apos;.&apos;, &apos;_&apos; and &apos;:&apos;</source>
        <translation>字母、数字、“-”、“.”、“_”和“:”</translation>
    </message>
    <message>
        <source>%1: it must start with a letter or digit, not %2</source>
        <translation>%1：必须以字母或数字开头，而不是 %2</translation>
    </message>
    <message>
        <source>%1: it must end with a letter, digit or &apos;-&apos;, not %2 (character %3)</source>
        <translation>%1：必须以字母、数字或“-”结尾，而不是 %2（第 %3 个字符）</translation>
    </message>
    <message>
        <source>device ID</source>
        <translation>设备 ID</translation>
    </message>
    <message>
        <source>letters, digits and - . % _ * ? ! ( ) , : = @ $ &apos;</source>
        <translation>字母、数字以及 - . % _ * ? ! ( ) , : = @ $ &apos;</translation>
    </message>
    <message>
        <source>identifier</source>
        <translation>标识符</translation>
    </message>
    <message>
        <source>lower-case letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;</source>
        <translation>小写字母、数字、“.”、“_”和“-”</translation>
    </message>
    <message>
        <source>%1: character %2 is the upper-case letter %3; the station uses lower-case IDs (DPS compares IDs case-insensitively, derived keys are case-sensitive)</source>
        <translation>%1：第 %2 个字符是大写字母 %3；工位程序使用小写 ID（DPS 比较 ID 时不区分大小写，而派生密钥区分大小写）</translation>
    </message>
    <message>
        <source>%1: it must end with a letter or digit, not %2 (character %3)</source>
        <translation>%1：必须以字母或数字结尾，而不是 %2（第 %3 个字符）</translation>
    </message>
    <message>
        <source>host name</source>
        <translation>主机名</translation>
    </message>
    <message>
        <source>letters, digits, &apos;-&apos; and &apos;.&apos; between labels</source>
        <translation>字母、数字、“-”以及标签之间的“.”</translation>
    </message>
    <message>
        <source>%1: empty label at character %2 (two dots in a row, or a leading or trailing dot)</source>
        <translation>%1：第 %2 个字符处有空标签（连续两个点，或开头或结尾有点）</translation>
    </message>
    <message>
        <source>%1: the label starting at character %2 is longer than 63 characters</source>
        <translation>%1：从第 %2 个字符开始的标签超过 63 个字符</translation>
    </message>
    <message>
        <source>%1: a label may not start or end with &apos;-&apos; (character %2)</source>
        <translation>%1：标签不能以“-”开头或结尾（第 %2 个字符）</translation>
    </message>
    <message>
        <source>%1: an IoT Hub name has 3 to 50 characters; &apos;%2&apos; has %3</source>
        <translation>%1：IoT Hub 名称应为 3 到 50 个字符；“%2”有 %3 个</translation>
    </message>
    <message>
        <source>%1: an IoT Hub name may not be all digits</source>
        <translation>%1：IoT Hub 名称不能全为数字</translation>
    </message>
    <message>
        <source>ID scope</source>
        <translation>ID 范围</translation>
    </message>
    <message>
        <source>%1: character 1 is the letter %2; ID scopes start with the digit zero (&quot;0ne...&quot;)</source>
        <translation>%1：第 1 个字符是字母 %2；ID 范围以数字零开头（“0ne...”）</translation>
    </message>
    <message>
        <source>%1: character %2 is %3; ID scopes start with &quot;0ne&quot; followed by 8 hex digits</source>
        <translation>%1：第 %2 个字符是 %3；ID 范围以“0ne”开头，后跟 8 位十六进制数字</translation>
    </message>
    <message>
        <source>%1: character %2 is %3; after &quot;0ne&quot; only hex digits 0-9 A-F are allowed</source>
        <translation>%1：第 %2 个字符是 %3；“0ne”之后只允许十六进制数字 0-9 A-F</translation>
    </message>
    <message>
        <source>%1 has %2 characters; an ID scope has 11 (&quot;0ne&quot; and 8 hex digits)</source>
        <translation>%1 有 %2 个字符；ID 范围应为 11 个字符（“0ne”加 8 位十六进制数字）</translation>
    </message>
    <message>
        <source>the key is empty</source>
        <translation>密钥为空</translation>
    </message>
    <message>
        <source>the key is not valid base64: &apos;=&apos; padding may only end it (character %1)</source>
        <translation>密钥不是有效的 Base64：“=”填充只能出现在末尾（第 %1 个字符）</translation>
    </message>
    <message>
        <source>the key is not valid base64: character %1 is &apos;%2&apos;</source>
        <translation>密钥不是有效的 Base64：第 %1 个字符是“%2”</translation>
    </message>
    <message>
        <source>the key is not valid base64: its length %1 is not a multiple of 4 (missing &apos;=&apos; padding, or a character lost when copying?)</source>
        <translation>密钥不是有效的 Base64：其长度 %1 不是 4 的倍数（缺少“=”填充，或复制时丢失了字符？）</translation>
    </message>
    <message>
        <source>the key is not valid base64</source>
        <translation>密钥不是有效的 Base64</translation>
    </message>
    <message>
        <source>the resource (sr) is empty</source>
        <translation>资源 (sr) 为空</translation>
    </message>
    <message>
        <source>the expiry must be a positive Unix time in seconds, not %1</source>
        <translation>过期时间必须是以秒为单位的正 Unix 时间，而不是 %1</translation>
    </message>
    <message>
        <source>the registration ID is empty</source>
        <translation>注册 ID 为空</translation>
    </message>
    <message>
        <source>group key: %1</source>
        <translation>组密钥：%1</translation>
    </message>
    <message>
        <source>assigned to %1 as device %2</source>
        <translation>已分配到 %1，设备名为 %2</translation>
    </message>
    <message>
        <source>DPS is still assigning (operation %1)</source>
        <translation>DPS 仍在分配中（操作 %1）</translation>
    </message>
    <message>
        <source>the enrollment for this device is disabled in DPS</source>
        <translation>此设备的注册在 DPS 中已禁用</translation>
    </message>
    <message>
        <source>DPS could not assign the device: %1 (error %2)</source>
        <translation>DPS 无法分配该设备：%1（错误 %2）</translation>
    </message>
    <message>
        <source>the SAS token or certificate was not accepted</source>
        <translation>SAS 令牌或证书未被接受</translation>
    </message>
    <message>
        <source>no enrollment matches this device</source>
        <translation>没有与此设备匹配的注册</translation>
    </message>
    <message>
        <source>DPS is throttling; retry later</source>
        <translation>DPS 正在限流；请稍后重试</translation>
    </message>
    <message>
        <source>DPS had an internal error; retry later</source>
        <translation>DPS 发生内部错误；请稍后重试</translation>
    </message>
    <message>
        <source>DPS rejected the request</source>
        <translation>DPS 拒绝了请求</translation>
    </message>
    <message>
        <source>%1: %2 (error %3)</source>
        <translation>%1：%2（错误 %3）</translation>
    </message>
    <message>
        <source>DPS answered with status &apos;%1&apos;</source>
        <translation>DPS 应答的状态为“%1”</translation>
    </message>
    <message>
        <source>the value of &apos;%1&apos; contains a line break, which no AT command can carry</source>
        <translation>“%1”的值包含换行符，任何 AT 命令都无法传送</translation>
    </message>
    <message>
        <source>the AT+UDCP line is %1 characters long even with placeholders; this firmware takes at most %2 (use shorter host, device or certificate names)</source>
        <translation>即使使用占位符，AT+UDCP 命令行仍长 %1 个字符；此固件最多接受 %2 个（请使用更短的主机名、设备名或证书名）</translation>
    </message>
    <message>
        <source>the value of &apos;%1&apos; needs an AT+UDUV placeholder (it contains &apos;&amp;&apos;, &apos;%&apos;, a space, &apos;,&apos; or &apos;&quot;&apos;, is secret, or is too long), but this firmware has no AT+UDUV (NINA-W13/W15 need 3.0 or later)</source>
        <translation>“%1”的值需要 AT+UDUV 占位符（它包含 &apos;&amp;&apos;、&apos;%&apos;、空格、&apos;,&apos; 或 &apos;&quot;&apos;，属于机密或过长），但此固件不支持 AT+UDUV（NINA-W13/W15 需要 3.0 或更高版本）</translation>
    </message>
    <message>
        <source>%1 values need AT+UDUV placeholders, but this firmware offers only %2</source>
        <translation>%1 个值需要 AT+UDUV 占位符，但此固件只提供 %2 个</translation>
    </message>
    <message>
        <source>the value of &apos;%1&apos; is %2 characters long; the AT+UDUV line would be %3 characters but this firmware takes at most %4</source>
        <translation>“%1”的值长 %2 个字符；AT+UDUV 命令行将长 %3 个字符，但此固件最多接受 %4 个</translation>
    </message>
    <message>
        <source>line %1: expected deviceId,primaryKey</source>
        <translation>第 %1 行：应为 deviceId,primaryKey</translation>
    </message>
    <message>
        <source>line %1: the key of %2 is not a base64 key of 16 to 64 bytes</source>
        <translation>第 %1 行：%2 的密钥不是 16 到 64 字节的 Base64 密钥</translation>
    </message>
    <message>
        <source>line %1: the device ID: %2</source>
        <translation>第 %1 行：设备 ID：%2</translation>
    </message>
</context>
<context>
    <name>azure::EndpointProbe</name>
    <message>
        <source>unacceptable protocol version</source>
        <translation>不可接受的协议版本</translation>
    </message>
    <message>
        <source>client id rejected</source>
        <translation>客户端 ID 被拒绝</translation>
    </message>
    <message>
        <source>server unavailable</source>
        <translation>服务器不可用</translation>
    </message>
    <message>
        <source>bad user name or password</source>
        <translation>用户名或密码错误</translation>
    </message>
    <message>
        <source>not authorized</source>
        <translation>未授权</translation>
    </message>
    <message>
        <source>return code %1</source>
        <translation>返回码 %1</translation>
    </message>
    <message>
        <source>%1 answered the MQTT CONNECT with something other than a CONNACK</source>
        <translation>%1 对 MQTT CONNECT 的应答不是 CONNACK</translation>
    </message>
    <message>
        <source>%1 refused the device&apos;s MQTT CONNECT: %2</source>
        <translation>%1 拒绝了设备的 MQTT CONNECT：%2</translation>
    </message>
    <message>
        <source>%1 accepted the device&apos;s TLS and MQTT connection</source>
        <translation>%1 接受了设备的 TLS 和 MQTT 连接</translation>
    </message>
    <message>
        <source>the server certificate of %1 is not trusted by the profile&apos;s root: %2</source>
        <translation>配置文件的根证书不信任 %1 的服务器证书：%2</translation>
    </message>
    <message>
        <source>%1 cannot be reached: %2</source>
        <translation>无法访问 %1：%2</translation>
    </message>
    <message>
        <source>%1 ended the TLS handshake after its certificate was trusted (it refused the device&apos;s certificate): %2</source>
        <translation>%1 的证书已被信任后，它结束了 TLS 握手（它拒绝了设备的证书）：%2</translation>
    </message>
    <message>
        <source>%1 closed the connection instead of answering the device&apos;s MQTT CONNECT</source>
        <translation>%1 关闭了连接，而没有应答设备的 MQTT CONNECT</translation>
    </message>
    <message>
        <source>%1 failed after TLS: %2</source>
        <translation>%1 在 TLS 之后失败：%2</translation>
    </message>
    <message>
        <source>%1 did not accept a TCP connection within %2 s</source>
        <translation>%1 未在 %2 秒内接受 TCP 连接</translation>
    </message>
    <message>
        <source>%1 did not finish the TLS handshake within %2 s</source>
        <translation>%1 未在 %2 秒内完成 TLS 握手</translation>
    </message>
    <message>
        <source>%1 did not answer the MQTT CONNECT within %2 s</source>
        <translation>%1 未在 %2 秒内应答 MQTT CONNECT</translation>
    </message>
</context>
<context>
    <name>azure::service::CloudSetup</name>
    <message>
        <source>no secret store is configured</source>
        <translation>未配置机密存储</translation>
    </message>
    <message>
        <source>reading the secret &apos;%1&apos; took too long</source>
        <translation>读取机密“%1”耗时过长</translation>
    </message>
    <message>
        <source>the secret store (%1) is read-only, so the generated &apos;%2&apos; could not be kept: give it with --secret %2=file:PATH, or use the system keychain</source>
        <translation>机密存储（%1）为只读，无法保存生成的“%2”：请用 --secret %2=file:PATH 提供，或使用系统钥匙串</translation>
    </message>
    <message>
        <source>cannot keep &apos;%1&apos; in the secret store: %2</source>
        <translation>无法将“%1”保存到机密存储：%2</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>无应答</translation>
    </message>
    <message>
        <source>the secret &apos;%1&apos;: %2</source>
        <translation>机密“%1”：%2</translation>
    </message>
    <message>
        <source>the profile is incomplete: %1</source>
        <translation>配置文件不完整：%1</translation>
    </message>
    <message>
        <source>reachable with policy %1</source>
        <translation>可通过策略 %1 访问</translation>
    </message>
    <message>
        <source>certificates.caCertificate: %1 is not a PEM certificate; the X.509 enrollment group is made from the CA that signs the device certificates</source>
        <translation>certificates.caCertificate：%1 不是 PEM 证书；X.509 注册组由签发设备证书的 CA 创建</translation>
    </message>
    <message>
        <source>X.509, CA %1 (SHA-256 %2…)</source>
        <translation>X.509，CA %1（SHA-256 %2…）</translation>
    </message>
    <message>
        <source>symmetric key</source>
        <translation>对称密钥</translation>
    </message>
    <message>
        <source>the enrollment group %1 exists with symmetric-key attestation and the profile wants X.509; name another group in dps.enrollmentGroupId, or delete that one</source>
        <translation>注册组 %1 已存在，使用对称密钥证明，而配置文件要求 X.509；请在 dps.enrollmentGroupId 中指定另一个组，或删除该组</translation>
    </message>
    <message>
        <source>X.509, by reference to CA %1</source>
        <translation>X.509，引用 CA %1</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>已启用</translation>
    </message>
    <message>
        <source>symmetric key (group key in secret &apos;%1&apos;)</source>
        <translation>对称密钥（组密钥位于机密“%1”）</translation>
    </message>
    <message>
        <source>a new group key</source>
        <translation>新的组密钥</translation>
    </message>
    <message>
        <source>X.509</source>
        <translation>X.509</translation>
    </message>
    <message>
        <source>the enrollment group %1 exists with X.509 attestation and the profile wants a symmetric key; name another group in dps.enrollmentGroupId, or delete that one</source>
        <translation>注册组 %1 已存在，使用 X.509 证明，而配置文件要求对称密钥；请在 dps.enrollmentGroupId 中指定另一个组，或删除该组</translation>
    </message>
    <message>
        <source>the key in secret &apos;%1&apos; is neither key of enrollment group %2, so devices would be refused; store the group&apos;s key (DPS › Manage enrollments › %2) in &apos;%1&apos;, or delete the group</source>
        <translation>机密“%1”中的密钥不是注册组 %2 的任一密钥，设备将被拒绝；请把该组的密钥（DPS › 管理注册 › %2）存入“%1”，或删除该组</translation>
    </message>
    <message>
        <source>the primary key of enrollment group %1</source>
        <translation>注册组 %1 的主密钥</translation>
    </message>
    <message>
        <source>a new device key shared by the line</source>
        <translation>整条产线共用的新设备密钥</translation>
    </message>
    <message>
        <source>made by DPS on registration (enrollment group %1)</source>
        <translation>由 DPS 在注册时创建（注册组 %1）</translation>
    </message>
    <message>
        <source>SAS (key in secret &apos;%1&apos;)</source>
        <translation>SAS（密钥位于机密“%1”）</translation>
    </message>
    <message>
        <source>device %1: an X.509 identity by thumbprint needs the device certificate</source>
        <translation>设备 %1：按指纹的 X.509 标识需要设备证书</translation>
    </message>
    <message>
        <source>X.509 thumbprint %1…</source>
        <translation>X.509 指纹 %1…</translation>
    </message>
    <message>
        <source>the primary key of device %1</source>
        <translation>设备 %1 的主密钥</translation>
    </message>
    <message>
        <source>a new device key</source>
        <translation>新的设备密钥</translation>
    </message>
    <message>
        <source>enrollment %1: an X.509 enrollment needs the device certificate</source>
        <translation>注册 %1：X.509 注册需要设备证书</translation>
    </message>
    <message>
        <source>X.509 device certificate</source>
        <translation>X.509 设备证书</translation>
    </message>
    <message>
        <source>a new enrollment key</source>
        <translation>新的注册密钥</translation>
    </message>
    <message>
        <source>symmetric key (key in secret &apos;%1&apos;)</source>
        <translation>对称密钥（密钥位于机密“%1”）</translation>
    </message>
    <message>
        <source>individual enrollments are listed per device</source>
        <translation>单独注册按设备列出</translation>
    </message>
    <message>
        <source>X.509, CA %1</source>
        <translation>X.509，CA %1</translation>
    </message>
    <message>
        <source>%1, disabled</source>
        <translation>%1，已禁用</translation>
    </message>
    <message>
        <source>assigned to %1 as %2</source>
        <translation>已分配到 %1，设备为 %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1, %2, last activity %3</source>
        <translation>%1，%2，最近活动 %3</translation>
    </message>
    <message>
        <source>the module finished, but %1 has no device %2</source>
        <translation>模块已完成，但 %1 中没有设备 %2</translation>
    </message>
    <message>
        <source>device %1 authenticates with %2, not with the %3 the module got</source>
        <translation>设备 %1 使用 %2 进行身份验证，而不是模块获得的 %3</translation>
    </message>
    <message>
        <source>device %1 is disabled in the hub</source>
        <translation>设备 %1 在 Hub 中已禁用</translation>
    </message>
    <message>
        <source>the hub has reported no activity of %1 since the module started (its figures can lag minutes)</source>
        <translation>自模块启动以来，Hub 未报告 %1 的任何活动（其数据可能滞后数分钟）</translation>
    </message>
    <message>
        <source>device ID %1: %2</source>
        <translation>设备 ID %1：%2</translation>
    </message>
    <message>
        <source>certificates.caCertificate: %1</source>
        <translation>certificates.caCertificate：%1</translation>
    </message>
</context>
<context>
    <name>azure::service::ConnectionString</name>
    <message>
        <source>this is a device connection string (it has DeviceId); the station needs a shared access policy&apos;s connection string (HostName, SharedAccessKeyName, SharedAccessKey) from the service&apos;s &quot;Shared access policies&quot;</source>
        <translation>这是设备连接字符串（包含 DeviceId）；工位需要的是共享访问策略的连接字符串（HostName、SharedAccessKeyName、SharedAccessKey），见服务的“Shared access policies”</translation>
    </message>
    <message>
        <source>the connection string lacks %1 (expected HostName=…;SharedAccessKeyName=…;SharedAccessKey=…)</source>
        <translation>连接字符串缺少 %1（应为 HostName=…;SharedAccessKeyName=…;SharedAccessKey=…）</translation>
    </message>
    <message>
        <source>HostName &quot;%1&quot; must be a bare host name (no scheme, port or path)</source>
        <translation>HostName“%1”必须是纯主机名（不含协议、端口或路径）</translation>
    </message>
    <message>
        <source>HostName global.azure-devices-provisioning.net is the devices&apos; endpoint; a DPS connection string names the service&apos;s own host (&lt;name&gt;.azure-devices-provisioning.net)</source>
        <translation>HostName global.azure-devices-provisioning.net 是设备的端点；DPS 连接字符串应为服务自己的主机（&lt;name&gt;.azure-devices-provisioning.net）</translation>
    </message>
    <message>
        <source>SharedAccessKey of policy %1: %2</source>
        <translation>策略 %1 的 SharedAccessKey：%2</translation>
    </message>
</context>
<context>
    <name>azure::service::DpsServiceClient</name>
    <message>
        <source>enrollment group %1</source>
        <translation>注册组 %1</translation>
    </message>
    <message>
        <source>the enrollment groups</source>
        <translation>注册组列表</translation>
    </message>
    <message>
        <source>enrollment %1</source>
        <translation>注册 %1</translation>
    </message>
    <message>
        <source>the registration of %1</source>
        <translation>%1 的注册状态</translation>
    </message>
    <message>
        <source>the registrations of group %1</source>
        <translation>组 %1 的注册状态</translation>
    </message>
</context>
<context>
    <name>azure::service::RegistryClient</name>
    <message>
        <source>device %1</source>
        <translation>设备 %1</translation>
    </message>
    <message>
        <source>the twin of %1</source>
        <translation>%1 的设备孪生</translation>
    </message>
    <message>
        <source>method %1 on %2</source>
        <translation>%2 上的方法 %1</translation>
    </message>
    <message>
        <source>the device query</source>
        <translation>设备查询</translation>
    </message>
</context>
<context>
    <name>azure::service::ServiceClient</name>
    <message>
        <source>%1 refused the connection string of policy &quot;%2&quot; (401): its key is wrong or was regenerated, or the policy lacks %3. Copy the current connection string of a policy with %3 from the service&apos;s &quot;Shared access policies&quot;.</source>
        <translation>%1 拒绝了策略“%2”的连接字符串（401）：其密钥错误或已重新生成，或该策略缺少 %3。请从服务的“Shared access policies”复制具有 %3 的策略的当前连接字符串。</translation>
    </message>
    <message>
        <source>%1 refused %2 (403 %3): a quota of the service is exhausted: %4</source>
        <translation>%1 拒绝了 %2（403 %3）：服务的配额已用尽：%4</translation>
    </message>
    <message>
        <source>%1 has no %2 (404).</source>
        <translation>%1 中没有 %2（404）。</translation>
    </message>
    <message>
        <source>%1 already exists in %2 (409).</source>
        <translation>%1 已存在于 %2 中（409）。</translation>
    </message>
    <message>
        <source>%1 was changed by someone else since it was read (412, ETag mismatch); read it again and repeat.</source>
        <translation>%1 在读取后已被他人更改（412，ETag 不匹配）；请重新读取后再试。</translation>
    </message>
    <message>
        <source>%1 is throttling requests (429) and still did after the retries; wait and try again, or raise the service&apos;s tier.</source>
        <translation>%1 正在限制请求（429），重试后仍然如此；请稍后再试，或提升服务的层级。</translation>
    </message>
    <message>
        <source>DPS refuses the X.509 enrollment group %1 because its CA is not uploaded and verified: in the DPS portal open Certificates, add the CA certificate, generate a verification code, sign a certificate with that code as CN using the CA&apos;s key and verify it (or tick &quot;Set certificate status to verified on upload&quot;; az iot dps certificate create/verify does the same), then prepare the cloud again. DPS said: %2</source>
        <translation>DPS 拒绝 X.509 注册组 %1，因为其 CA 尚未上传并验证：请在 DPS 门户中打开“证书”，添加 CA 证书，生成验证码，用 CA 的密钥签发一张以该验证码为 CN 的证书并完成验证（或勾选“Set certificate status to verified on upload”；az iot dps certificate create/verify 作用相同），然后再次准备云端。DPS 返回：%2</translation>
    </message>
    <message>
        <source>%1 refused %2 (400): %3</source>
        <translation>%1 拒绝了 %2（400）：%3</translation>
    </message>
    <message>
        <source>%1 failed with %2 and still did after the retries: %3</source>
        <translation>%1 失败（%2），重试后仍然失败：%3</translation>
    </message>
    <message>
        <source>%1 answered %2 to %3: %4</source>
        <translation>%1 对 %3 的应答为 %2：%4</translation>
    </message>
    <message>
        <source>%1 answered %2; retrying in %3 ms</source>
        <translation>%1 应答 %2；%3 ms 后重试</translation>
    </message>
    <message>
        <source>the TLS certificate of %1 is not trusted (%2); the station trusts the system&apos;s roots and the profile&apos;s trust.roots</source>
        <translation>%1 的 TLS 证书不受信任（%2）；工位信任系统根证书和配置文件中的 trust.roots</translation>
    </message>
    <message>
        <source>%1 did not answer %2 within %3 s</source>
        <translation>%1 未在 %3 秒内应答 %2</translation>
    </message>
    <message>
        <source>the host %1 cannot be found: check HostName in the connection string and the station&apos;s network and DNS</source>
        <translation>找不到主机 %1：请检查连接字符串中的 HostName 以及工位的网络和 DNS</translation>
    </message>
    <message>
        <source>cannot reach %1: %2 (is port 443 open from this network?)</source>
        <translation>无法连接 %1：%2（此网络是否开放 443 端口？）</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 s</source>
        <translation>%1 未在 %2 秒内应答</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Usage: provstation-cli edm decode|encode [options]</source>
        <translation>用法：provstation-cli edm decode|encode [选项]</translation>
    </message>
    <message>
        <source>edm needs a subcommand: decode or encode</source>
        <translation>edm 需要子命令：decode 或 encode</translation>
    </message>
    <message>
        <source>Usage: provstation-cli pki &lt;ca|intermediate|device|verification|csr|csr-sign|inspect|lint|md5|import-certs-c&gt; [options]</source>
        <translation>用法：provstation-cli pki &lt;ca|intermediate|device|verification|csr|csr-sign|inspect|lint|md5|import-certs-c&gt; [选项]</translation>
    </message>
    <message>
        <source>Run &apos;provstation-cli pki &lt;subcommand&gt; --help&apos; for its options.</source>
        <translation>运行“provstation-cli pki &lt;子命令&gt; --help”查看其选项。</translation>
    </message>
    <message>
        <source>unknown pki subcommand &apos;%1&apos; (try pki --help)</source>
        <translation>未知的 pki 子命令“%1”（请尝试 pki --help）</translation>
    </message>
    <message>
        <source>List the serial ports the system reports. Pseudo-terminals are never listed; give their path by hand wherever a port is asked for.</source>
        <translation>列出系统报告的串行端口。伪终端不会列出；在需要端口的地方请手动给出其路径。</translation>
    </message>
    <message>
        <source>One JSON object per port and line.</source>
        <translation>每个端口一行 JSON 对象。</translation>
    </message>
    <message>
        <source>ports takes no arguments</source>
        <translation>ports 不接受参数</translation>
    </message>
    <message>
        <source>No serial ports found. A pseudo-terminal path can be given by hand.</source>
        <translation>未找到串行端口。可以手动给出伪终端路径。</translation>
    </message>
    <message>
        <source>device %1</source>
        <translation>设备 %1</translation>
    </message>
    <message>
        <source>hub %1</source>
        <translation>Hub %1</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>cause: %1 (%2)</source>
        <translation>原因：%1（%2）</translation>
    </message>
    <message>
        <source>interrupted: cancelling</source>
        <translation>已中断：正在取消</translation>
    </message>
    <message>
        <source>warning: results database: %1</source>
        <translation>警告：结果数据库：%1</translation>
    </message>
    <message>
        <source>Provision the modules on the given ports with a station profile; one result per module.
Exit codes: 0 all passed, 2 bad usage, 3 configuration, 4 port/module, 5 unsupported firmware,
6 certificate upload, 7 Wi-Fi, 8 cloud (DPS/hub), 9 cancelled, 1 other.</source>
        <translation>使用工位配置文件预配指定端口上的模块；每个模块一个结果。
退出码：0 全部通过，2 用法错误，3 配置，4 端口/模块，5 固件不受支持，
6 证书上传，7 Wi-Fi，8 云（DPS/Hub），9 已取消，1 其他。</translation>
    </message>
    <message>
        <source>The station profile (JSON).</source>
        <translation>工位配置文件 (JSON)。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>A serial port or pty path (repeatable: one slot each).</source>
        <translation>串行端口或 pty 路径（可重复：每个对应一个槽位）。</translation>
    </message>
    <message>
        <source>DEV</source>
        <translation>DEV</translation>
    </message>
    <message>
        <source>A secret for this run: NAME=env:VAR or NAME=file:PATH (mode 0600). Repeatable; looked up before the keychain.</source>
        <translation>本次运行的机密：NAME=env:VAR 或 NAME=file:PATH（权限 0600）。可重复；优先于钥匙串查找。</translation>
    </message>
    <message>
        <source>SPEC</source>
        <translation>SPEC</translation>
    </message>
    <message>
        <source>Do not look secrets up in the system keychain.</source>
        <translation>不在系统钥匙串中查找机密。</translation>
    </message>
    <message>
        <source>Results database (default: %1).</source>
        <translation>结果数据库（默认：%1）。</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PATH</translation>
    </message>
    <message>
        <source>Station name recorded with each result.</source>
        <translation>与每条结果一起记录的工位名称。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Operator name recorded with each result.</source>
        <translation>与每条结果一起记录的操作员姓名。</translation>
    </message>
    <message>
        <source>One JSON object per module and line.</source>
        <translation>每个模块一行 JSON 对象。</translation>
    </message>
    <message>
        <source>provision needs --profile FILE</source>
        <translation>provision 需要 --profile FILE</translation>
    </message>
    <message>
        <source>provision needs at least one --port DEV</source>
        <translation>provision 至少需要一个 --port DEV</translation>
    </message>
    <message>
        <source>a port is given twice</source>
        <translation>有端口被重复指定</translation>
    </message>
    <message>
        <source>--secret %1: %2</source>
        <translation>--secret %1：%2</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>At most N rows (default 1000).</source>
        <translation>最多 N 行（默认 1000）。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Export every row to FILE as CSV.</source>
        <translation>将所有行以 CSV 格式导出到 FILE。</translation>
    </message>
    <message>
        <source>no results database at %1 (nothing provisioned yet?)</source>
        <translation>%1 处没有结果数据库（尚未预配任何模块？）</translation>
    </message>
    <message>
        <source>results export needs --csv FILE</source>
        <translation>results export 需要 --csv FILE</translation>
    </message>
    <message>
        <source>exported to %1</source>
        <translation>已导出到 %1</translation>
    </message>
    <message>
        <source>--limit needs a positive number</source>
        <translation>--limit 需要一个正数</translation>
    </message>
    <message>
        <source>Start local Azure and simulated modules in a temporary directory, provision them with a matching profile, print the results and stop everything.</source>
        <translation>在临时目录中启动本地 Azure 和模拟模块，用匹配的配置文件预配它们，输出结果后停止所有进程。</translation>
    </message>
    <message>
        <source>dps-x509 (default), dps-symmetric, hub-x509 or hub-sas.</source>
        <translation>dps-x509（默认）、dps-symmetric、hub-x509 或 hub-sas。</translation>
    </message>
    <message>
        <source>FLOW</source>
        <translation>FLOW</translation>
    </message>
    <message>
        <source>Number of simulated modules (1-8, default 1).</source>
        <translation>模拟模块的数量（1-8，默认 1）。</translation>
    </message>
    <message>
        <source>uxsim persona (default nina-w15-3).</source>
        <translation>uxsim 角色（默认 nina-w15-3）。</translation>
    </message>
    <message>
        <source>MODEL</source>
        <translation>MODEL</translation>
    </message>
    <message>
        <source>A uxsim failure mode for every module (repeatable).</source>
        <translation>为每个模块设置的 uxsim 故障模式（可重复）。</translation>
    </message>
    <message>
        <source>NAME[@WHEN]</source>
        <translation>NAME[@WHEN]</translation>
    </message>
    <message>
        <source>Also write the generated profile to FILE.</source>
        <translation>同时将生成的配置文件写入 FILE。</translation>
    </message>
    <message>
        <source>--flow must be one of %1</source>
        <translation>--flow 必须是 %1 之一</translation>
    </message>
    <message>
        <source>--modules must be a number from 1 to 8</source>
        <translation>--modules 必须是 1 到 8 之间的数字</translation>
    </message>
    <message numerus="yes">
        <source>Starting local Azure and %n simulated module(s) (%1)…</source>
        <translation>
            <numerusform>正在启动本地 Azure 和 %n 个模拟模块（%1）…</numerusform>
        </translation>
    </message>
    <message>
        <source>the simulation did not start: %1</source>
        <translation>模拟未能启动：%1</translation>
    </message>
    <message>
        <source>Provisioning %1 on %2</source>
        <translation>正在 %2 上预配 %1</translation>
    </message>
    <message>
        <source>Local IoT Hub received:</source>
        <translation>本地 IoT Hub 已收到：</translation>
    </message>
    <message>
        <source>Make a SharedAccessSignature token.
  sas raw --resource R --key KEY --expiry UNIX [--policy NAME]   sign R exactly as given
  sas hub --host H --device D --key KEY --expiry UNIX [--policy NAME]
  sas dps --scope S --registration-id R --key KEY --expiry UNIX
The key may come from an environment variable instead (--key-env VAR).</source>
        <translation>生成 SharedAccessSignature 令牌。
  sas raw --resource R --key KEY --expiry UNIX [--policy NAME]   按原样对 R 签名
  sas hub --host H --device D --key KEY --expiry UNIX [--policy NAME]
  sas dps --scope S --registration-id R --key KEY --expiry UNIX
密钥也可以改为来自环境变量（--key-env VAR）。</translation>
    </message>
    <message>
        <source>raw: the sr value, signed and sent exactly as given.</source>
        <translation>raw：sr 值，按原样签名并发送。</translation>
    </message>
    <message>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <source>Shared access policy name (adds skn=).</source>
        <translation>共享访问策略名称（添加 skn=）。</translation>
    </message>
    <message>
        <source>hub: IoT Hub host name.</source>
        <translation>hub：IoT Hub 主机名。</translation>
    </message>
    <message>
        <source>H</source>
        <translation>H</translation>
    </message>
    <message>
        <source>hub: device ID.</source>
        <translation>hub：设备 ID。</translation>
    </message>
    <message>
        <source>D</source>
        <translation>D</translation>
    </message>
    <message>
        <source>dps: ID scope.</source>
        <translation>dps：ID 范围。</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>dps: registration ID.</source>
        <translation>dps：注册 ID。</translation>
    </message>
    <message>
        <source>raw, hub or dps</source>
        <translation>raw、hub 或 dps</translation>
    </message>
    <message>
        <source>sas needs one of raw, hub or dps (try --help)</source>
        <translation>sas 需要 raw、hub 或 dps 之一（请尝试 --help）</translation>
    </message>
    <message>
        <source>sas dps always uses skn=registration; --policy does not apply</source>
        <translation>sas dps 始终使用 skn=registration；--policy 不适用</translation>
    </message>
    <message>
        <source>Derive a device key from a DPS symmetric-key enrollment group key:
  derive-key --group-key KEY --registration-id R</source>
        <translation>从 DPS 对称密钥注册组的组密钥派生设备密钥：
  derive-key --group-key KEY --registration-id R</translation>
    </message>
    <message>
        <source>The enrollment group key, base64.</source>
        <translation>注册组密钥，Base64 格式。</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>KEY</translation>
    </message>
    <message>
        <source>Read the group key from this environment variable.</source>
        <translation>从此环境变量读取组密钥。</translation>
    </message>
    <message>
        <source>VAR</source>
        <translation>VAR</translation>
    </message>
    <message>
        <source>The device&apos;s registration ID.</source>
        <translation>设备的注册 ID。</translation>
    </message>
    <message>
        <source>Print a JSON object.</source>
        <translation>输出 JSON 对象。</translation>
    </message>
    <message>
        <source>derive-key takes no positional arguments</source>
        <translation>derive-key 不接受位置参数</translation>
    </message>
    <message>
        <source>decode and encode Extended Data Mode frames</source>
        <translation>解码和编码扩展数据模式 (EDM) 帧</translation>
    </message>
    <message>
        <source>list serial ports</source>
        <translation>列出串行端口</translation>
    </message>
    <message>
        <source>make Azure SAS tokens</source>
        <translation>生成 Azure SAS 令牌</translation>
    </message>
    <message>
        <source>derive a device key from a DPS group key</source>
        <translation>从 DPS 组密钥派生设备密钥</translation>
    </message>
    <message>
        <source>make, inspect and lint certificates and keys</source>
        <translation>生成、检查证书和密钥并进行 lint 检查</translation>
    </message>
    <message>
        <source>provision modules on ports with a station profile</source>
        <translation>使用工位配置文件预配端口上的模块</translation>
    </message>
    <message>
        <source>list or export the results database</source>
        <translation>列出或导出结果数据库</translation>
    </message>
    <message>
        <source>run the station&apos;s main job on the built-in simulation</source>
        <translation>使用内置模拟运行工位的主要作业</translation>
    </message>
    <message>
        <source>Usage: provstation-cli &lt;command&gt; [options]</source>
        <translation>用法：provstation-cli &lt;命令&gt; [选项]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <source>Run &apos;provstation-cli &lt;command&gt; --help&apos; for a command&apos;s options.</source>
        <translation>运行“provstation-cli &lt;命令&gt; --help”查看命令的选项。</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos; (try --help)</source>
        <translation>未知命令“%1”（请尝试 --help）</translation>
    </message>
    <message>
        <source>no such device</source>
        <translation>设备不存在</translation>
    </message>
    <message>
        <source>Check the path; &apos;ls -l /dev/serial/by-id/&apos; lists the USB serial adapters that are plugged in.</source>
        <translation>请检查路径；“ls -l /dev/serial/by-id/”会列出已插入的 USB 串口适配器。</translation>
    </message>
    <message>
        <source>opens for reading and writing</source>
        <translation>可以读写方式打开</translation>
    </message>
    <message>
        <source>Close the program that holds the port; &apos;fuser -v %1&apos; names it.</source>
        <translation>请关闭占用该端口的程序；“fuser -v %1”会显示是哪个程序。</translation>
    </message>
    <message>
        <source>Give this user read and write access as the message says, or install the udev rule (man provstation-cli, PERMISSIONS).</source>
        <translation>请按消息所述为该用户授予读写权限，或安装 udev 规则（man provstation-cli，PERMISSIONS）。</translation>
    </message>
    <message>
        <source>Check the cable and the adapter; &apos;dmesg&apos; shows what the kernel saw when it was plugged in.</source>
        <translation>请检查线缆和适配器；“dmesg”会显示插入时内核识别到的内容。</translation>
    </message>
    <message>
        <source>no serial ports found (pseudo-terminals are never listed)</source>
        <translation>未找到串口（伪终端从不列出）</translation>
    </message>
    <message>
        <source>Plug the module&apos;s adapter in and run doctor again; &apos;dmesg&apos; shows whether the kernel saw it. Give a pseudo-terminal with --port PATH.</source>
        <translation>请插入模块的适配器并再次运行 doctor；“dmesg”会显示内核是否识别到它。伪终端请用 --port PATH 指定。</translation>
    </message>
    <message>
        <source>running as root, which may open every port; operators should run the station as their own user in the group dialout</source>
        <translation>以 root 身份运行，可以打开所有端口；操作员应以自己的用户身份（属于 dialout 组）运行工位</translation>
    </message>
    <message>
        <source>this system has no group &apos;dialout&apos;</source>
        <translation>此系统没有“dialout”组</translation>
    </message>
    <message>
        <source>Look at the group of the port (&apos;ls -l /dev/ttyUSB0&apos;) and add the user to that group.</source>
        <translation>请查看端口所属的用户组（“ls -l /dev/ttyUSB0”），并将该用户加入该组。</translation>
    </message>
    <message>
        <source>the user %1 is a member</source>
        <translation>用户 %1 是该组成员</translation>
    </message>
    <message>
        <source>the user %1 was added to the group after this session started</source>
        <translation>用户 %1 是在本次会话开始之后才加入该组的</translation>
    </message>
    <message>
        <source>Log out and back in (or run: newgrp dialout).</source>
        <translation>请注销并重新登录（或运行：newgrp dialout）。</translation>
    </message>
    <message>
        <source>the user %1 is not a member, so serial ports owned by the group are closed to it</source>
        <translation>用户 %1 不是该组成员，因此无法使用属于该组的串口</translation>
    </message>
    <message>
        <source>sudo usermod -aG dialout %1, then log out and back in.</source>
        <translation>sudo usermod -aG dialout %1，然后注销并重新登录。</translation>
    </message>
    <message>
        <source>the system keychain answers (service &apos;%1&apos;)</source>
        <translation>系统钥匙串有响应（服务“%1”）</translation>
    </message>
    <message>
        <source>Run the station in a desktop session whose keyring (GNOME Keyring or KWallet) is unlocked. Scripts can do without it: provision --no-keychain --secret NAME=env:VAR.</source>
        <translation>请在钥匙环（GNOME Keyring 或 KWallet）已解锁的桌面会话中运行工位。脚本可以不使用它：provision --no-keychain --secret NAME=env:VAR。</translation>
    </message>
    <message>
        <source>Qt&apos;s SQLite driver is not installed</source>
        <translation>未安装 Qt 的 SQLite 驱动</translation>
    </message>
    <message>
        <source>sudo apt-get install libqt6sql6-sqlite</source>
        <translation>sudo apt-get install libqt6sql6-sqlite</translation>
    </message>
    <message>
        <source>Make %1 writable for this user, or give another database with --db PATH.</source>
        <translation>请让该用户对 %1 有写权限，或用 --db PATH 指定其他数据库。</translation>
    </message>
    <message>
        <source>the database opens but cannot be written: %1</source>
        <translation>数据库可以打开，但无法写入：%1</translation>
    </message>
    <message>
        <source>Give this user write access to %1 and its folder, or close the program that holds a write lock on it.</source>
        <translation>请为该用户授予对 %1 及其所在文件夹的写权限，或关闭对其持有写锁的程序。</translation>
    </message>
    <message>
        <source>opens and can be written</source>
        <translation>可以打开并写入</translation>
    </message>
    <message>
        <source>created, opens and can be written</source>
        <translation>已创建，可以打开并写入</translation>
    </message>
    <message>
        <source>the clock says %1 UTC, before this program was even written (%2 UTC): certificates made now would not be valid yet and TLS to Azure fails</source>
        <translation>时钟显示 %1 UTC，早于本程序文件的写入时间（%2 UTC）：现在生成的证书尚未生效，与 Azure 的 TLS 连接会失败</translation>
    </message>
    <message>
        <source>Set the clock (timedatectl set-time, or turn on a time service: timedatectl set-ntp true).</source>
        <translation>请设置时钟（timedatectl set-time，或开启时间服务：timedatectl set-ntp true）。</translation>
    </message>
    <message>
        <source>the clock (%1 UTC) is not kept synchronised by a time service</source>
        <translation>时钟（%1 UTC）没有由时间服务保持同步</translation>
    </message>
    <message>
        <source>Turn on a time service (timedatectl set-ntp true, or install chrony); certificates and SAS tokens depend on the time.</source>
        <translation>请开启时间服务（timedatectl set-ntp true，或安装 chrony）；证书和 SAS 令牌都依赖于时间。</translation>
    </message>
    <message>
        <source>%1 UTC, synchronised</source>
        <translation>%1 UTC，已同步</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>PROBLEM</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>fix: %1</source>
        <translation>解决方法：%1</translation>
    </message>
    <message>
        <source>Check what the station needs on this machine: serial ports (those the system lists and those given), membership of the group dialout, the system keychain, the results database and the clock. Each problem comes with what to do.
Exit codes: 0 no problem (warnings allowed), 1 a problem found, 2 bad usage.</source>
        <translation>检查工位在本机上所需的一切：串口（系统列出的以及指定的）、dialout 组成员资格、系统钥匙串、结果数据库和时钟。每个问题都附有处理方法。
退出码：0 无问题（允许警告），1 发现问题，2 用法错误。</translation>
    </message>
    <message>
        <source>Also check this serial port or pty path (repeatable).</source>
        <translation>同时检查此串口或 pty 路径（可重复）。</translation>
    </message>
    <message>
        <source>Do not check the system keychain.</source>
        <translation>不检查系统钥匙串。</translation>
    </message>
    <message>
        <source>One JSON object per check and line.</source>
        <translation>每项检查输出一行 JSON 对象。</translation>
    </message>
    <message>
        <source>doctor takes no arguments (give ports with --port DEV)</source>
        <translation>doctor 不接受参数（请用 --port DEV 指定端口）</translation>
    </message>
    <message>
        <source>problems: %1, warnings: %2</source>
        <translation>问题：%1，警告：%2</translation>
    </message>
    <message>
        <source>check ports, permissions, keychain, results database and clock</source>
        <translation>检查端口、权限、钥匙串、结果数据库和时钟</translation>
    </message>
    <message>
        <source>the results database %1 cannot be used, so nothing is provisioned: %2</source>
        <translation>结果数据库 %1 无法使用，因此不进行任何预配：%2</translation>
    </message>
    <message>
        <source>it did not open within 30 s</source>
        <translation>30 秒内未能打开</translation>
    </message>
    <message>
        <source>Cloud for profile &quot;%1&quot; (%2):</source>
        <translation>配置文件“%1”的云端（%2）：</translation>
    </message>
    <message>
        <source>FAILED: %1 (%2)</source>
        <translation>失败：%1（%2）</translation>
    </message>
    <message>
        <source>The cloud now matches the profile.</source>
        <translation>云端现已与配置文件一致。</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>没有任何更改。</translation>
    </message>
    <message>
        <source>prepare, status or verify</source>
        <translation>prepare、status 或 verify</translation>
    </message>
    <message>
        <source>A secret for this run: NAME=env:VAR or NAME=file:PATH (mode 0600), e.g. the connection strings hub-connection-string and dps-connection-string. Repeatable; looked up before the keychain.</source>
        <translation>本次运行的机密：NAME=env:VAR 或 NAME=file:PATH（权限 0600），例如连接字符串 hub-connection-string 和 dps-connection-string。可重复；优先于钥匙串查找。</translation>
    </message>
    <message>
        <source>Do not use the system keychain (generated keys cannot be kept).</source>
        <translation>不使用系统钥匙串（生成的密钥将无法保存）。</translation>
    </message>
    <message>
        <source>Dial ADDR:PORT for HOST, still checking HOST&apos;s certificate (local Azure). Repeatable.</source>
        <translation>对 HOST 拨号 ADDR:PORT，但仍校验 HOST 的证书（local Azure）。可重复。</translation>
    </message>
    <message>
        <source>HOST=ADDR:PORT</source>
        <translation>HOST=ADDR:PORT</translation>
    </message>
    <message>
        <source>prepare: also make this device&apos;s identity (hub flows, individual enrollments); verify: the device to check. Repeatable.</source>
        <translation>prepare：同时创建此设备的标识（Hub 流程、单独注册）；verify：要检查的设备。可重复。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>One JSON object on standard output.</source>
        <translation>在标准输出上输出一个 JSON 对象。</translation>
    </message>
    <message>
        <source>cloud needs --profile FILE</source>
        <translation>cloud 需要 --profile FILE</translation>
    </message>
    <message>
        <source>--connect-to %1: expected HOST=ADDR:PORT, e.g. myhub.azure-devices.net=127.0.0.1:8443</source>
        <translation>--connect-to %1：应为 HOST=ADDR:PORT，例如 myhub.azure-devices.net=127.0.0.1:8443</translation>
    </message>
    <message>
        <source>--device-cert %1: not a readable PEM certificate</source>
        <translation>--device-cert %1：不是可读的 PEM 证书</translation>
    </message>
    <message>
        <source>cloud verify needs --device ID or --device-cert FILE</source>
        <translation>cloud verify 需要 --device ID 或 --device-cert FILE</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>The cloud side of a profile through the IoT Hub and DPS service APIs, from connection strings.
  cloud prepare --profile FILE [--device ID]... [--device-cert FILE]...   make the cloud match the profile
  cloud status  --profile FILE                                            show what the cloud holds
  cloud verify  --profile FILE --device ID...                             did the hub see the device?
Exit codes: 0 done, 2 bad usage, 3 configuration (profile, secrets, connection string), 8 cloud.</source>
        <translation>通过 IoT Hub 和 DPS 服务 API，用连接字符串处理配置文件的云端部分。
  cloud prepare --profile FILE [--device ID]... [--device-cert FILE]...   使云端与配置文件一致
  cloud status  --profile FILE                                            显示云端中的内容
  cloud verify  --profile FILE --device ID...                             Hub 是否见到了该设备？
退出码：0 完成，2 用法错误，3 配置（配置文件、机密、连接字符串），8 云端。</translation>
    </message>
    <message>
        <source>cloud needs prepare, status or verify</source>
        <translation>cloud 需要 prepare、status 或 verify</translation>
    </message>
    <message>
        <source>the label was not printed within 30 s</source>
        <translation>标签未在 30 秒内打印</translation>
    </message>
    <message>
        <source>Print the label of a recorded module (the id that &apos;results list --json&apos; prints):
  label --result ID --to tcp://HOST:PORT|file:PATH [--profile FILE] [--db PATH]
file: paths end in .zpl, .pdf or .png and may hold placeholders such as {device_id}.</source>
        <translation>打印已记录模块的标签（&apos;results list --json&apos; 输出的 id）：
  label --result ID --to tcp://HOST:PORT|file:PATH [--profile FILE] [--db PATH]
file: 路径以 .zpl、.pdf 或 .png 结尾，可包含 {device_id} 等占位符。</translation>
    </message>
    <message>
        <source>The result&apos;s id.</source>
        <translation>结果的 id。</translation>
    </message>
    <message>
        <source>Where the label goes: tcp://HOST:PORT (ZPL) or file:PATH.</source>
        <translation>标签的去向：tcp://HOST:PORT (ZPL) 或 file:PATH。</translation>
    </message>
    <message>
        <source>TARGET</source>
        <translation>TARGET</translation>
    </message>
    <message>
        <source>Take the label template from this profile (default: the built-in one).</source>
        <translation>使用此配置文件中的标签模板（默认：内置模板）。</translation>
    </message>
    <message>
        <source>label needs --result ID, a positive number (&apos;results list --json&apos; prints the ids)</source>
        <translation>label 需要 --result ID，一个正整数（&apos;results list --json&apos; 会输出 id）</translation>
    </message>
    <message>
        <source>label needs --to tcp://HOST:PORT or --to file:PATH</source>
        <translation>label 需要 --to tcp://HOST:PORT 或 --to file:PATH</translation>
    </message>
    <message>
        <source>--to: %1</source>
        <translation>--to：%1</translation>
    </message>
    <message>
        <source>--to: CUPS printers are printed to from the station window; use tcp:// or file: here</source>
        <translation>--to：CUPS 打印机需从工位窗口打印；此处请使用 tcp:// 或 file:</translation>
    </message>
    <message>
        <source>there is no result %1 in %2 (&apos;results list --json&apos; prints the ids)</source>
        <translation>%2 中没有结果 %1（&apos;results list --json&apos; 会输出 id）</translation>
    </message>
    <message>
        <source>result %1 (%2) did not pass (%3): labels are for modules that passed</source>
        <translation>结果 %1（%2）未通过（%3）：只为通过的模块打印标签</translation>
    </message>
    <message>
        <source>printed the label of %1 (MAC %2) to %3</source>
        <translation>已将 %1（MAC %2）的标签打印到 %3</translation>
    </message>
    <message>
        <source>the results server %1 is unreachable: running modules finish, their results are kept and written when it is back</source>
        <translation>无法访问结果服务器 %1：正在运行的模块会完成，其结果会被保留，并在服务器恢复后写入</translation>
    </message>
    <message>
        <source>the results server %1 is back</source>
        <translation>结果服务器 %1 已恢复</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) did not reach %1 within %2 s; they are kept in the journal %3 and written when station %4 opens this database again</source>
        <translation>
            <numerusform>%n 个结果未能在 %2 秒内写入 %1；它们保存在日志 %3 中，并将在工位 %4 再次打开此数据库时写入</numerusform>
        </translation>
    </message>
    <message>
        <source>uxsim latency model: fast (default), hardware (a real module&apos;s timings) or seed (the seed log&apos;s).</source>
        <translation>uxsim 延迟模型：fast（默认）、hardware（真实模块的时序）或 seed（种子日志中的时序）。</translation>
    </message>
    <message>
        <source>Start from an empty local Azure and prepare it through the station&apos;s own service clients (cloud setup), as `cloud prepare` does with real connection strings.</source>
        <translation>从空的 local Azure 开始，通过工位自己的服务客户端准备它（云端设置），与 `cloud prepare` 使用真实连接字符串时相同。</translation>
    </message>
    <message>
        <source>TEMPLATE</source>
        <translation>TEMPLATE</translation>
    </message>
    <message>
        <source>--id-template works with the DPS flows: local Azure knows the hub flows&apos; devices by {model}-{mac}</source>
        <translation>--id-template 仅适用于 DPS 流程：本地 Azure 以 {model}-{mac} 识别 Hub 流程的设备</translation>
    </message>
    <message>
        <source>Cloud: %1 %2 %3 (%4)</source>
        <translation>云端：%1 %2 %3（%4）</translation>
    </message>
    <message>
        <source>--id-template: %1</source>
        <translation>--id-template：%1</translation>
    </message>
    <message>
        <source>warning: the secret %1: %2; trying without it</source>
        <translation>警告：机密 %1：%2；将在没有它的情况下尝试</translation>
    </message>
    <message>
        <source>Line statistics for %1</source>
        <translation>%1 的产线统计</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>自 %1 起</translation>
    </message>
    <message>
        <source>station %1</source>
        <translation>工位 %1</translation>
    </message>
    <message>
        <source>attempts: %1 (%2 passed, %3 failed)</source>
        <translation>尝试：%1（%2 次通过，%3 次失败）</translation>
    </message>
    <message>
        <source>modules per hour: %1</source>
        <translation>每小时模块数：%1</translation>
    </message>
    <message>
        <source>first-pass yield: no module known</source>
        <translation>一次通过率：没有已知模块</translation>
    </message>
    <message>
        <source>first-pass yield: %1 % (%2 of %3 modules)</source>
        <translation>一次通过率：%1%（%3 个模块中的 %2 个）</translation>
    </message>
    <message>
        <source>Stations:</source>
        <translation>工位：</translation>
    </message>
    <message>
        <source>%1 attempts, %2 passed</source>
        <translation>%1 次尝试，%2 次通过</translation>
    </message>
    <message>
        <source>Per hour (UTC):</source>
        <translation>每小时 (UTC)：</translation>
    </message>
    <message>
        <source>%1 passed, %2 failed</source>
        <translation>%1 次通过，%2 次失败</translation>
    </message>
    <message>
        <source>Failures by station and step:</source>
        <translation>按工位和步骤统计的失败：</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Time per step (steps that passed): count, median, 95th percentile</source>
        <translation>每个步骤的时间（已通过的步骤）：次数、中位数、第 95 百分位</translation>
    </message>
    <message>
        <source>Results database: a file path, sqlite:///PATH or postgresql://USER@HOST[:PORT]/DB (default: PROVSTATION_RESULTS, else the station setting, else %1). The PostgreSQL password comes from the secret results-password or ~/.pgpass, never from the URL.</source>
        <translation>结果数据库：文件路径、sqlite:///PATH 或 postgresql://USER@HOST[:PORT]/DB（默认：PROVSTATION_RESULTS，否则为工位设置，否则为 %1）。PostgreSQL 密码来自机密 results-password 或 ~/.pgpass，绝不来自 URL。</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Results database file (the same as --results PATH).</source>
        <translation>结果数据库文件（等同于 --results PATH）。</translation>
    </message>
    <message>
        <source>Station id recorded with each result (default: PROVSTATION_STATION_ID, else the setting, else the host name).</source>
        <translation>随每个结果记录的工位 ID（默认：PROVSTATION_STATION_ID，否则为设置，否则为主机名）。</translation>
    </message>
    <message>
        <source>Line id recorded with each result (default: PROVSTATION_LINE_ID, else the setting).</source>
        <translation>随每个结果记录的产线 ID（默认：PROVSTATION_LINE_ID，否则为设置）。</translation>
    </message>
    <message>
        <source>At the end, wait at most S seconds for a results server that went away (default 300).</source>
        <translation>结束时最多等待 S 秒，等待断开的结果服务器恢复（默认 300）。</translation>
    </message>
    <message>
        <source>--results: %1</source>
        <translation>--results：%1</translation>
    </message>
    <message>
        <source>--results %1: a password on the command line can be read by every user of this machine (ps); give it as --secret %2=file:PATH, in the keychain or in ~/.pgpass</source>
        <translation>--results %1：命令行中的密码可被本机所有用户读取 (ps)；请通过 --secret %2=file:PATH、钥匙串或 ~/.pgpass 提供</translation>
    </message>
    <message>
        <source>--results-wait needs a number of seconds from 0 to 86400</source>
        <translation>--results-wait 需要 0 到 86400 之间的秒数</translation>
    </message>
    <message>
        <source>Show, export or summarise the results database.
  results list [--filter TEXT] [--station ID] [--limit N] [--json]
  results export --csv FILE
  results stats [--since WHEN] [--station ID] [--json]
  results migrate   (bring the schema up to date; the line&apos;s owner role)</source>
        <translation>显示、导出或汇总结果数据库。
  results list [--filter TEXT] [--station ID] [--limit N] [--json]
  results export --csv FILE
  results stats [--since WHEN] [--station ID] [--json]
  results migrate   （将架构更新到最新；需使用产线的所有者角色）</translation>
    </message>
    <message>
        <source>Results database: a file path, sqlite:///PATH or postgresql://USER@HOST[:PORT]/DB (default: PROVSTATION_RESULTS, else %1).</source>
        <translation>结果数据库：文件路径、sqlite:///PATH 或 postgresql://USER@HOST[:PORT]/DB（默认：PROVSTATION_RESULTS，否则为 %1）。</translation>
    </message>
    <message>
        <source>Where the PostgreSQL password is: results-password=env:VAR or results-password=file:PATH (mode 0600); else the keychain, else ~/.pgpass.</source>
        <translation>PostgreSQL 密码的位置：results-password=env:VAR 或 results-password=file:PATH（权限 0600）；否则为钥匙串，再否则为 ~/.pgpass。</translation>
    </message>
    <message>
        <source>Do not look the password up in the system keychain.</source>
        <translation>不在系统钥匙串中查找密码。</translation>
    </message>
    <message>
        <source>Only rows whose ids, MAC, outcome, cause, station or line contain TEXT.</source>
        <translation>仅显示 ID、MAC、结果、原因、工位或产线中包含 TEXT 的行。</translation>
    </message>
    <message>
        <source>Only the rows of station ID.</source>
        <translation>仅显示工位 ID 的行。</translation>
    </message>
    <message>
        <source>stats: only attempts started since WHEN (8h, 2d, 2026-11-22T06:00).</source>
        <translation>stats：仅统计自 WHEN 起开始的尝试（8h、2d、2026-11-22T06:00）。</translation>
    </message>
    <message>
        <source>WHEN</source>
        <translation>WHEN</translation>
    </message>
    <message>
        <source>One JSON object per row and line (stats: one object).</source>
        <translation>每行一个 JSON 对象（stats：一个对象）。</translation>
    </message>
    <message>
        <source>list, export, stats or migrate</source>
        <translation>list、export、stats 或 migrate</translation>
    </message>
    <message>
        <source>results needs list, export, stats or migrate</source>
        <translation>results 需要 list、export、stats 或 migrate</translation>
    </message>
    <message>
        <source>--since %1: give a time like 8h, 30m, 2d, 1w, 2026-11-22 or 2026-11-22T06:00</source>
        <translation>--since %1：请给出时间，例如 8h、30m、2d、1w、2026-11-22 或 2026-11-22T06:00</translation>
    </message>
    <message>
        <source>%1: schema %2</source>
        <translation>%1：架构 %2</translation>
    </message>
    <message>
        <source>prepare the IoT Hub / DPS side of a profile from connection strings</source>
        <translation>用连接字符串准备配置文件的 IoT Hub / DPS 部分</translation>
    </message>
    <message>
        <source>print the label of a recorded module</source>
        <translation>打印已记录模块的标签</translation>
    </message>
    <message>
        <source>environment variable %1 (from --%2) is not set</source>
        <translation>环境变量 %1（来自 --%2）未设置</translation>
    </message>
    <message>
        <source>environment variable %1 (from --%2) is empty</source>
        <translation>环境变量 %1（来自 --%2）为空</translation>
    </message>
    <message>
        <source>ledger export needs one signing key: --key FILE (a PEM private key) or --pkcs11 URI (a key on a token)</source>
        <translation>ledger export 需要一个签名密钥：--key FILE（PEM 私钥）或 --pkcs11 URI（令牌上的密钥）</translation>
    </message>
    <message>
        <source>a key on a PKCS#11 token needs --pin-env VAR (the token&apos;s user PIN, from this environment variable)</source>
        <translation>PKCS#11 令牌上的密钥需要 --pin-env VAR（令牌的用户 PIN，取自该环境变量）</translation>
    </message>
    <message>
        <source>--pkcs11: %1</source>
        <translation>--pkcs11：%1</translation>
    </message>
    <message>
        <source>--key: cannot read %1: %2</source>
        <translation>--key：无法读取 %1：%2</translation>
    </message>
    <message>
        <source>--key %1: %2</source>
        <translation>--key %1：%2</translation>
    </message>
    <message>
        <source>--key %1 is a public key: the export is signed with a private key</source>
        <translation>--key %1 是公钥：导出文件须用私钥签名</translation>
    </message>
    <message>
        <source>ledger export needs --signed FILE (the export; its signature goes to FILE.sig)</source>
        <translation>ledger export 需要 --signed FILE（导出文件；其签名写入 FILE.sig）</translation>
    </message>
    <message numerus="yes">
        <source>exported %n ledger entries of %1 to %2, signed in %3 (%4 key SHA-256 %5)</source>
        <translation>
            <numerusform>已将 %1 的 %n 个台账条目导出到 %2，签名在 %3（%4 密钥 SHA-256 %5）</numerusform>
        </translation>
    </message>
    <message>
        <source>ledger verify needs the export FILE (its signature is read from FILE.sig)</source>
        <translation>ledger verify 需要导出文件 FILE（其签名从 FILE.sig 读取）</translation>
    </message>
    <message>
        <source>--cert: cannot read %1: %2</source>
        <translation>--cert：无法读取 %1：%2</translation>
    </message>
    <message>
        <source>--cert %1: %2</source>
        <translation>--cert %1：%2</translation>
    </message>
    <message>
        <source>%1 does not verify: %2</source>
        <translation>%1 校验失败：%2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n entries, the chain is whole and the signature matches</source>
        <translation>
            <numerusform>%1：%n 个条目，链完整，签名匹配</numerusform>
        </translation>
    </message>
    <message>
        <source>signed by the %1 key with SHA-256 %2, as the file itself says: give --cert to check it is the key you expect</source>
        <translation>按文件自身所述，由 SHA-256 为 %2 的 %1 密钥签名：请给出 --cert 以确认这是您预期的密钥</translation>
    </message>
    <message>
        <source>signed by %1</source>
        <translation>签名者：%1</translation>
    </message>
    <message>
        <source>Export the issuance ledger (every certificate the station issued, as a hash chain) with a detached signature, or check an export.
  ledger export --signed FILE (--key PEM [--passphrase-env VAR] | --pkcs11 URI --pin-env VAR)
                [--results URL]
  ledger verify FILE [--cert PEM]
The signature goes to FILE.sig; `openssl dgst -sha256 -verify PUBKEY -signature FILE.sig FILE` checks it too (docs/ledger.md).</source>
        <translation>导出签发台账（工位签发的每一张证书，组成哈希链）并附分离签名，或检查导出文件。
  ledger export --signed FILE (--key PEM [--passphrase-env VAR] | --pkcs11 URI --pin-env VAR)
                [--results URL]
  ledger verify FILE [--cert PEM]
签名写入 FILE.sig；`openssl dgst -sha256 -verify PUBKEY -signature FILE.sig FILE` 也可校验它（docs/ledger.md）。</translation>
    </message>
    <message>
        <source>export: write the ledger to FILE and its signature to FILE.sig.</source>
        <translation>export：将签发台账写入 FILE，其签名写入 FILE.sig。</translation>
    </message>
    <message>
        <source>export: sign with this PEM private key (RSA or EC).</source>
        <translation>export：用此 PEM 私钥（RSA 或 EC）签名。</translation>
    </message>
    <message>
        <source>PEM</source>
        <translation>PEM</translation>
    </message>
    <message>
        <source>export: the passphrase of an encrypted --key, from this environment variable.</source>
        <translation>export：加密的 --key 的密码短语，取自此环境变量。</translation>
    </message>
    <message>
        <source>export: sign with this key on a PKCS#11 token (pkcs11:token=…;object=…); needs --pin-env.</source>
        <translation>export：用 PKCS#11 令牌上的此密钥签名（pkcs11:token=…;object=…）；需要 --pin-env。</translation>
    </message>
    <message>
        <source>URI</source>
        <translation>URI</translation>
    </message>
    <message>
        <source>The PKCS#11 token&apos;s user PIN, from this environment variable (for pkcs11: keys).</source>
        <translation>PKCS#11 令牌的用户 PIN，取自该环境变量（用于 pkcs11: 密钥）。</translation>
    </message>
    <message>
        <source>export: the results database: a file path, sqlite:///PATH or postgresql://USER@HOST[:PORT]/DB (default: PROVSTATION_RESULTS, else the station setting, else %1).</source>
        <translation>export：结果数据库：文件路径、sqlite:///PATH 或 postgresql://USER@HOST[:PORT]/DB（默认：PROVSTATION_RESULTS，其次为工位设置，再次为 %1）。</translation>
    </message>
    <message>
        <source>verify: the certificate whose key must have signed the export (the CA&apos;s or the station&apos;s).</source>
        <translation>verify：其密钥必须签署了导出文件的证书（CA 的或工位的）。</translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation>输出一个 JSON 对象。</translation>
    </message>
    <message>
        <source>export or verify</source>
        <translation>export 或 verify</translation>
    </message>
    <message>
        <source>ledger needs export or verify</source>
        <translation>ledger 需要 export 或 verify</translation>
    </message>
    <message>
        <source>export the signed issuance ledger, or verify an export</source>
        <translation>导出已签名的签发台账，或校验导出文件</translation>
    </message>
    <message>
        <source>prepare/verify: a device certificate (PEM); its CN is the device ID, its SHA-256 the thumbprint. Repeatable.</source>
        <translation>prepare/verify：设备证书（PEM）；其 CN 为设备 ID，其 SHA-256 为指纹。可重复。</translation>
    </message>
    <message>
        <source>--device-cert %1: the certificate has no CN (the device ID)</source>
        <translation>--device-cert %1：证书没有 CN（即设备 ID）</translation>
    </message>
    <message>
        <source>Device ID template for the DPS flows, e.g. line3-{seq:6} ({seq}: a number from the results database, unique on the line).</source>
        <translation>DPS 流程的设备 ID 模板，例如 line3-{seq:6}（{seq}：来自结果数据库的编号，在产线上唯一）。</translation>
    </message>
    <message>
        <source>standard input is closed</source>
        <translation>标准输入已关闭</translation>
    </message>
    <message>
        <source>standard input is a terminal; pipe or redirect a file into it</source>
        <translation>标准输入是终端；请通过管道或重定向输入一个文件</translation>
    </message>
    <message>
        <source>standard input is a folder, not a file</source>
        <translation>标准输入是文件夹，而不是文件</translation>
    </message>
    <message>
        <source>standard input is a device, not a file; pipe or redirect a file into it</source>
        <translation>标准输入是设备，而不是文件；请通过管道或重定向输入一个文件</translation>
    </message>
    <message>
        <source>cannot read standard input: %1</source>
        <translation>无法读取标准输入：%1</translation>
    </message>
    <message>
        <source>standard input is more than %1 bytes</source>
        <translation>标准输入超过 %1 字节</translation>
    </message>
    <message>
        <source>--device-cert %1: %2</source>
        <translation>--device-cert %1：%2</translation>
    </message>
    <message>
        <source>%1 is more than %2 bytes, the limit of a capture</source>
        <translation>%1 超过 %2 字节，即抓包文件的上限</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>标准输入</translation>
    </message>
    <message>
        <source>--unencrypted-key does not apply to a key on a token (it never leaves the token)</source>
        <translation>--unencrypted-key 不适用于令牌上的密钥（该密钥从不离开令牌）</translation>
    </message>
    <message>
        <source>give --passphrase-env VAR or --unencrypted-key, not both</source>
        <translation>请给出 --passphrase-env VAR 或 --unencrypted-key，二者只能选其一</translation>
    </message>
    <message>
        <source>a CA key is written encrypted: give --passphrase-env VAR (the passphrase in that environment variable), or --unencrypted-key to write it in clear on purpose</source>
        <translation>CA 密钥以加密形式写入：请给出 --passphrase-env VAR（该环境变量中的密码短语），或用 --unencrypted-key 有意以明文写入</translation>
    </message>
    <message>
        <source>Write the CA key without a passphrase (not recommended: whoever reads the file can issue certificates). Prints a warning.</source>
        <translation>不用密码短语写入 CA 密钥（不推荐：读取该文件的人都能签发证书）。会输出警告。</translation>
    </message>
    <message>
        <source>Make an intermediate CA signed by another CA:
  pki intermediate --ca-cert F --ca-key F --cn NAME --out-dir DIR (--passphrase-env VAR | --unencrypted-key) [--key TYPE] [--days N]
  (--ca-key pkcs11:… or --pkcs11 URI with --pin-env VAR for keys on a token)</source>
        <translation>生成由另一个 CA 签名的中间 CA：
  pki intermediate --ca-cert F --ca-key F --cn NAME --out-dir DIR (--passphrase-env VAR | --unencrypted-key) [--key TYPE] [--days N]
  （令牌上的密钥：--ca-key pkcs11:… 或 --pkcs11 URI，并加 --pin-env VAR）</translation>
    </message>
    <message>
        <source>Make a root CA:
  pki ca --cn NAME --out-dir DIR (--passphrase-env VAR | --unencrypted-key) [--key TYPE] [--days N]
  pki ca --pkcs11 URI --pin-env VAR --cn NAME --out-dir DIR [--key TYPE] [--days N]</source>
        <translation>生成根 CA：
  pki ca --cn NAME --out-dir DIR (--passphrase-env VAR | --unencrypted-key) [--key TYPE] [--days N]
  pki ca --pkcs11 URI --pin-env VAR --cn NAME --out-dir DIR [--key TYPE] [--days N]</translation>
    </message>
    <message>
        <source>provstation-cli: warning: the CA key %1 is not encrypted; whoever can read it can issue certificates that Azure trusts (keep it offline, or encrypt it)</source>
        <translation>provstation-cli：警告：CA 密钥 %1 未加密；任何能读取它的人都能签发 Azure 信任的证书（请离线保存或将其加密）</translation>
    </message>
    <message>
        <source>--key %1 holds no private key</source>
        <translation>--key %1 不包含私钥</translation>
    </message>
    <message>
        <source>no private key</source>
        <translation>没有私钥</translation>
    </message>
    <message>
        <source>The private key file kept with the certificate (a CA&apos;s key in clear is flagged).</source>
        <translation>与证书一起保存的私钥文件（明文的 CA 密钥会被标出）。</translation>
    </message>
    <message>
        <source>--%1: at most %2 characters</source>
        <translation>--%1：最多 %2 个字符</translation>
    </message>
    <message>
        <source>the profile %1 has errors: %2</source>
        <translation>配置文件 %1 有错误：%2</translation>
    </message>
    <message>
        <source>the profile %1 cannot be used: %2</source>
        <translation>无法使用配置文件 %1：%2</translation>
    </message>
    <message>
        <source>provstation-cli: warning: %1</source>
        <translation>provstation-cli：警告：%1</translation>
    </message>
    <message>
        <source>loop ended: %1 module(s) provisioned, %2 PASS, %3 FAIL</source>
        <translation>循环已结束：已配置 %1 个模块，%2 个 PASS，%3 个 FAIL</translation>
    </message>
    <message>
        <source>%1 result(s) did not reach %2; they are kept in the journal %3</source>
        <translation>%1 条结果未到达 %2；它们保留在日志 %3 中</translation>
    </message>
    <message>
        <source>%1: module plugged in</source>
        <translation>%1：模块已插入</translation>
    </message>
    <message>
        <source>%1: module removed</source>
        <translation>%1：模块已拔出</translation>
    </message>
    <message>
        <source>stopping: cancelling what is running</source>
        <translation>正在停止：取消正在运行的任务</translation>
    </message>
    <message>
        <source>waiting for modules on ports matching &quot;%1&quot; (Ctrl+C ends)</source>
        <translation>正在等待匹配“%1”的端口上的模块（Ctrl+C 结束）</translation>
    </message>
    <message>
        <source>waiting for modules on %1 (Ctrl+C ends)</source>
        <translation>正在等待 %1 上的模块（Ctrl+C 结束）</translation>
    </message>
    <message>
        <source>Keep provisioning modules as they are plugged in on the ports (without --port: on every port matching the profile&apos;s line.usbFilter) until SIGINT or SIGTERM; then print a summary.</source>
        <translation>模块插入端口后持续配置（不带 --port 时：所有匹配配置文件 line.usbFilter 的端口），直到收到 SIGINT 或 SIGTERM；然后输出摘要。</translation>
    </message>
    <message>
        <source>provision --loop needs --port DEV or a line.usbFilter in the profile (it would otherwise provision whatever serial port appears)</source>
        <translation>provision --loop 需要 --port DEV 或配置文件中的 line.usbFilter（否则会配置出现的任何串口）</translation>
    </message>
</context>
<context>
    <name>files</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <source>it is a folder, not a file</source>
        <translation>这是文件夹，不是文件</translation>
    </message>
    <message>
        <source>it is %1 bytes; at most %2 are accepted</source>
        <translation>文件大小为 %1 字节；最多接受 %2 字节</translation>
    </message>
    <message>
        <source>it is more than %1 bytes</source>
        <translation>文件超过 %1 字节</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>这是文件夹</translation>
    </message>
    <message>
        <source>cannot restrict it to its owner</source>
        <translation>无法将其限制为仅所有者可访问</translation>
    </message>
    <message>
        <source>it is a pipe (FIFO), not a file</source>
        <translation>这是管道 (FIFO)，而不是文件</translation>
    </message>
    <message>
        <source>it is a socket, not a file</source>
        <translation>这是套接字，而不是文件</translation>
    </message>
    <message>
        <source>it is a device, not a file</source>
        <translation>这是设备，而不是文件</translation>
    </message>
    <message>
        <source>no file name was given</source>
        <translation>未给出文件名</translation>
    </message>
    <message>
        <source>it changed while it was opened</source>
        <translation>打开时它发生了变化</translation>
    </message>
</context>
<context>
    <name>hex</name>
    <message>
        <source>odd number of hex digits: the digit at position %1 has no partner</source>
        <translation>十六进制数字个数为奇数：第 %1 位的数字没有配对</translation>
    </message>
    <message>
        <source>&apos;%1&apos; at position %2 is not a hex digit</source>
        <translation>第 %2 位的“%1”不是十六进制数字</translation>
    </message>
</context>
<context>
    <name>label</name>
    <message>
        <source>label.qr: %1</source>
        <translation>label.qr：%1</translation>
    </message>
    <message>
        <source>label: the QR code of &quot;%1&quot; has %2 modules a side, which do not fit %3 mm at %4 dpi (make the label taller or the QR text shorter)</source>
        <translation>label：“%1”的二维码每边有 %2 个模块，在 %4 dpi 下放不进 %3 mm（请增加标签高度或缩短二维码文本）</translation>
    </message>
    <message>
        <source>label: no room for the text beside the QR code (make the label wider)</source>
        <translation>label：二维码旁没有放置文本的空间（请加宽标签）</translation>
    </message>
    <message>
        <source>label: the line &quot;%1&quot; does not fit the label (make it wider, or the line shorter)</source>
        <translation>label：行“%1”放不进标签（请加宽标签或缩短该行）</translation>
    </message>
    <message>
        <source>drawing a label needs a graphical application (the station window or &apos;provstation-cli label&apos;)</source>
        <translation>绘制标签需要图形应用程序（工位窗口或 &apos;provstation-cli label&apos;）</translation>
    </message>
    <message>
        <source>cannot encode the label as PNG</source>
        <translation>无法将标签编码为 PNG</translation>
    </message>
    <message>
        <source>%1: write a ZPL printer as tcp://HOST:PORT</source>
        <translation>%1：请以 tcp://HOST:PORT 的形式写出 ZPL 打印机</translation>
    </message>
    <message>
        <source>%1: the port must be 1 to 65535</source>
        <translation>%1：端口必须在 1 到 65535 之间</translation>
    </message>
    <message>
        <source>%1: name the file, e.g. file:labels/{device_id}.pdf</source>
        <translation>%1：请指定文件，例如 file:labels/{device_id}.pdf</translation>
    </message>
    <message>
        <source>%1: the file name must end in .zpl, .pdf or .png (that says the format)</source>
        <translation>%1：文件名必须以 .zpl、.pdf 或 .png 结尾（由此确定格式）</translation>
    </message>
    <message>
        <source>%1: unknown placeholder {%2}</source>
        <translation>%1：未知占位符 {%2}</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a label target: use tcp://HOST:PORT, file:PATH or cups:QUEUE</source>
        <translation>“%1”不是标签目标：请使用 tcp://HOST:PORT、file:PATH 或 cups:QUEUE</translation>
    </message>
    <message>
        <source>label.print: must be &quot;never&quot; or &quot;pass&quot;</source>
        <translation>label.print：必须是 &quot;never&quot; 或 &quot;pass&quot;</translation>
    </message>
    <message>
        <source>label.target: %1</source>
        <translation>label.target：%1</translation>
    </message>
    <message>
        <source>label.target: name where labels go (tcp://HOST:PORT, file:PATH or cups:QUEUE) to print on PASS</source>
        <translation>label.target：要在通过时打印，请指定标签的去向（tcp://HOST:PORT、file:PATH 或 cups:QUEUE）</translation>
    </message>
    <message>
        <source>label.widthMm: must be %1 to %2</source>
        <translation>label.widthMm：必须在 %1 到 %2 之间</translation>
    </message>
    <message>
        <source>label.heightMm: must be %1 to %2</source>
        <translation>label.heightMm：必须在 %1 到 %2 之间</translation>
    </message>
    <message>
        <source>label.dpi: must be 152, 203, 300 or 600</source>
        <translation>label.dpi：必须是 152、203、300 或 600</translation>
    </message>
    <message>
        <source>label.lines: at most %1 lines</source>
        <translation>label.lines：最多 %1 行</translation>
    </message>
    <message>
        <source>label: an empty label (no lines and no QR code)</source>
        <translation>label：空标签（没有文本行也没有二维码）</translation>
    </message>
    <message>
        <source>label: &quot;%1…&quot; is longer than %2 characters</source>
        <translation>label：“%1…”超过 %2 个字符</translation>
    </message>
    <message>
        <source>label: unknown placeholder {%1} (known: %2)</source>
        <translation>label：未知占位符 {%1}（已知：%2）</translation>
    </message>
    <message>
        <source>label.%1: must be a string</source>
        <translation>label.%1：必须是字符串</translation>
    </message>
    <message>
        <source>label.%1: must be a whole number</source>
        <translation>label.%1：必须是整数</translation>
    </message>
    <message>
        <source>label.lines: must be a list of strings</source>
        <translation>label.lines：必须是字符串列表</translation>
    </message>
    <message>
        <source>label.%1: unknown field (known: %2)</source>
        <translation>label.%1：未知字段（已知：%2）</translation>
    </message>
    <message>
        <source>the QR code text is empty</source>
        <translation>二维码文本为空</translation>
    </message>
    <message>
        <source>%1 bytes are too many for a QR code (at most 2331)</source>
        <translation>%1 字节对于二维码太多（最多 2331）</translation>
    </message>
    <message>
        <source>libqrencode could not encode the text (errno %1)</source>
        <translation>libqrencode 无法编码该文本（errno %1）</translation>
    </message>
</context>
<context>
    <name>label::LabelPrinter</name>
    <message>
        <source>no label target: set label.target in the profile or give one</source>
        <translation>没有标签目标：请在配置文件中设置 label.target 或指定一个</translation>
    </message>
    <message>
        <source>printing to a CUPS printer needs the station window (QtPrintSupport)</source>
        <translation>打印到 CUPS 打印机需要工位窗口 (QtPrintSupport)</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
    <message>
        <source>the printer %1 did not take the label within %2 s</source>
        <translation>打印机 %1 未在 %2 秒内接收标签</translation>
    </message>
    <message>
        <source>the printer %1 closed the connection before it had the whole label</source>
        <translation>打印机 %1 在收到完整标签前关闭了连接</translation>
    </message>
    <message>
        <source>cannot print to %1: %2</source>
        <translation>无法打印到 %1：%2</translation>
    </message>
</context>
<context>
    <name>labelui</name>
    <message>
        <source>the printer %1 cannot print now</source>
        <translation>打印机 %1 现在无法打印</translation>
    </message>
    <message>
        <source>there is no default printer (name a CUPS queue: cups:QUEUE)</source>
        <translation>没有默认打印机（请指定 CUPS 队列：cups:QUEUE）</translation>
    </message>
    <message>
        <source>there is no printer named %1 (CUPS queues: %2)</source>
        <translation>没有名为 %1 的打印机（CUPS 队列：%2）</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Provisioning station for u-connectXpress modules and Azure IoT</source>
        <translation>用于 u-connectXpress 模块和 Azure IoT 的预配工位</translation>
    </message>
    <message>
        <source>Start local Azure and simulated modules (N, default 1) and a matching demo profile; give N as the first argument after the options.</source>
        <translation>启动本地 Azure、模拟模块（N 个，默认 1）和匹配的演示配置文件；N 作为选项之后的第一个参数给出。</translation>
    </message>
    <message>
        <source>Open the profile FILE.</source>
        <translation>打开配置文件 FILE。</translation>
    </message>
    <message>
        <source>User interface language (de, zh_CN, en).</source>
        <translation>用户界面语言（de、zh_CN、en）。</translation>
    </message>
    <message>
        <source>Start in engineer mode (asks the password).</source>
        <translation>以工程师模式启动（会询问密码）。</translation>
    </message>
    <message>
        <source>Quit after MS milliseconds (smoke tests).</source>
        <translation>MS 毫秒后退出（冒烟测试）。</translation>
    </message>
    <message>
        <source>Save PNGs of the wizard pages, station view, inspector and history into DIR, then quit.</source>
        <translation>将向导页面、工位视图、检查器和历史记录的 PNG 截图保存到 DIR，然后退出。</translation>
    </message>
    <message>
        <source>Results database FILE (default: the user&apos;s).</source>
        <translation>结果数据库 FILE（默认：当前用户的数据库）。</translation>
    </message>
    <message>
        <source>Number of simulated modules (with --simulate).</source>
        <translation>模拟模块的数量（与 --simulate 一起使用）。</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>Without --simulate: station profiles or saved traffic captures (pcapng, CSV) to open.</source>
        <translation>不带 --simulate 时：要打开的工位配置文件或已保存的通信抓取（pcapng、CSV）。</translation>
    </message>
    <message>
        <source>simulation: secrets in memory only</source>
        <translation>模拟：机密仅保存在内存中</translation>
    </message>
</context>
<context>
    <name>module::ModuleClient</name>
    <message>
        <source>%1: the link did not answer at all</source>
        <translation>%1：链路完全没有应答</translation>
    </message>
    <message>
        <source>read the model</source>
        <translation>读取型号</translation>
    </message>
    <message>
        <source>reading the model</source>
        <translation>正在读取型号</translation>
    </message>
    <message>
        <source>read the firmware version</source>
        <translation>读取固件版本</translation>
    </message>
    <message>
        <source>reading the firmware version</source>
        <translation>正在读取固件版本</translation>
    </message>
    <message>
        <source>read the Wi-Fi MAC address</source>
        <translation>读取 Wi-Fi MAC 地址</translation>
    </message>
    <message>
        <source>reading the MAC address</source>
        <translation>正在读取 MAC 地址</translation>
    </message>
    <message>
        <source>the module&apos;s MAC address answer makes no sense: %1</source>
        <translation>模块返回的 MAC 地址应答无法解析：%1</translation>
    </message>
    <message>
        <source>read the serial number</source>
        <translation>读取序列号</translation>
    </message>
    <message>
        <source>restart</source>
        <translation>重启</translation>
    </message>
    <message>
        <source>restarting</source>
        <translation>正在重启</translation>
    </message>
    <message>
        <source>waiting for the module to start</source>
        <translation>正在等待模块启动</translation>
    </message>
    <message>
        <source>factory reset</source>
        <translation>恢复出厂设置</translation>
    </message>
    <message>
        <source>save settings</source>
        <translation>保存设置</translation>
    </message>
    <message>
        <source>saving the settings</source>
        <translation>正在保存设置</translation>
    </message>
    <message>
        <source>entering EDM</source>
        <translation>正在进入 EDM</translation>
    </message>
    <message>
        <source>check %1 on the module</source>
        <translation>检查模块上的 %1</translation>
    </message>
    <message>
        <source>checking %1</source>
        <translation>正在检查 %1</translation>
    </message>
    <message>
        <source>upload %1</source>
        <translation>上传 %1</translation>
    </message>
    <message>
        <source>uploading %1</source>
        <translation>正在上传 %1</translation>
    </message>
    <message>
        <source>the module did not report the MD5 of %1</source>
        <translation>模块未报告 %1 的 MD5</translation>
    </message>
    <message>
        <source>the module stored %1 with MD5 %2, expected %3 (damaged in transfer)</source>
        <translation>模块存储的 %1 的 MD5 为 %2，预期为 %3（传输中损坏）</translation>
    </message>
    <message>
        <source>read the Wi-Fi status</source>
        <translation>读取 Wi-Fi 状态</translation>
    </message>
    <message>
        <source>reading the Wi-Fi status</source>
        <translation>正在读取 Wi-Fi 状态</translation>
    </message>
    <message>
        <source>set the SSID</source>
        <translation>设置 SSID</translation>
    </message>
    <message>
        <source>set the security</source>
        <translation>设置安全类型</translation>
    </message>
    <message>
        <source>set the passphrase</source>
        <translation>设置密码短语</translation>
    </message>
    <message>
        <source>set auto-join</source>
        <translation>设置自动加入</translation>
    </message>
    <message>
        <source>store the Wi-Fi settings</source>
        <translation>保存 Wi-Fi 设置</translation>
    </message>
    <message>
        <source>activate Wi-Fi</source>
        <translation>激活 Wi-Fi</translation>
    </message>
    <message>
        <source>activating Wi-Fi</source>
        <translation>正在激活 Wi-Fi</translation>
    </message>
    <message>
        <source>deactivate Wi-Fi</source>
        <translation>停用 Wi-Fi</translation>
    </message>
    <message>
        <source>deactivating Wi-Fi</source>
        <translation>正在停用 Wi-Fi</translation>
    </message>
    <message>
        <source>read the IPv4 address</source>
        <translation>读取 IPv4 地址</translation>
    </message>
    <message>
        <source>reading the IPv4 address</source>
        <translation>正在读取 IPv4 地址</translation>
    </message>
    <message>
        <source>%1 cannot be opened: the module has no network</source>
        <translation>无法打开 %1：模块没有网络</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>store a URL value for %1</source>
        <translation>为 %1 存储 URL 值</translation>
    </message>
    <message>
        <source>connect %1</source>
        <translation>连接 %1</translation>
    </message>
    <message>
        <source>connecting %1</source>
        <translation>正在连接 %1</translation>
    </message>
    <message>
        <source>connecting %1: no peer handle in the answer</source>
        <translation>正在连接 %1：应答中没有对端句柄</translation>
    </message>
    <message>
        <source>the module went away while connecting %1</source>
        <translation>连接 %1 时模块断开了</translation>
    </message>
    <message>
        <source>the module lost its network while connecting %1</source>
        <translation>连接 %1 时模块失去了网络</translation>
    </message>
    <message>
        <source>%1 closed the connection</source>
        <translation>%1 关闭了连接</translation>
    </message>
    <message>
        <source>%1 did not connect within %2 s</source>
        <translation>%1 未在 %2 秒内连接</translation>
    </message>
    <message>
        <source>close a peer</source>
        <translation>关闭对端连接</translation>
    </message>
    <message>
        <source>closing a peer</source>
        <translation>正在关闭对端连接</translation>
    </message>
    <message>
        <source>reset Wi-Fi configuration %1</source>
        <translation>重置 Wi-Fi 配置 %1</translation>
    </message>
    <message>
        <source>resetting Wi-Fi configuration %1</source>
        <translation>正在重置 Wi-Fi 配置 %1</translation>
    </message>
    <message>
        <source>load Wi-Fi configuration %1</source>
        <translation>加载 Wi-Fi 配置 %1</translation>
    </message>
    <message>
        <source>loading Wi-Fi configuration %1</source>
        <translation>正在加载 Wi-Fi 配置 %1</translation>
    </message>
    <message>
        <source>read Wi-Fi configuration %1</source>
        <translation>读取 Wi-Fi 配置 %1</translation>
    </message>
    <message>
        <source>reading Wi-Fi configuration %1</source>
        <translation>正在读取 Wi-Fi 配置 %1</translation>
    </message>
    <message>
        <source>the module answered &quot;%1&quot; when asked for tag %2 of Wi-Fi configuration %3</source>
        <translation>询问 Wi-Fi 配置 %3 的标签 %2 时，模块回答了“%1”</translation>
    </message>
    <message>
        <source>the port %1 cannot change its rate</source>
        <translation>端口 %1 无法更改其波特率</translation>
    </message>
    <message>
        <source>read the UART settings</source>
        <translation>读取 UART 设置</translation>
    </message>
    <message>
        <source>reading the UART settings</source>
        <translation>正在读取 UART 设置</translation>
    </message>
    <message>
        <source>the module&apos;s UART settings make no sense: %1</source>
        <translation>模块的 UART 设置无意义：%1</translation>
    </message>
    <message>
        <source>switch the line to %1 baud</source>
        <translation>将线路切换到 %1 波特</translation>
    </message>
    <message>
        <source>switching the line to %1 baud</source>
        <translation>正在将线路切换到 %1 波特</translation>
    </message>
    <message>
        <source>the port cannot follow the module to %1 baud</source>
        <translation>端口无法随模块切换到 %1 波特</translation>
    </message>
    <message>
        <source>storing the Wi-Fi settings</source>
        <translation>正在保存 Wi-Fi 设置</translation>
    </message>
</context>
<context>
    <name>pki</name>
    <message>
        <source>no certificate to verify</source>
        <translation>没有要验证的证书</translation>
    </message>
    <message>
        <source>no trusted root given to verify against</source>
        <translation>未提供用于验证的信任根证书</translation>
    </message>
    <message>
        <source>cannot set up verification: %1</source>
        <translation>无法设置验证：%1</translation>
    </message>
    <message>
        <source>chain does not verify at depth %1 (%2): %3</source>
        <translation>证书链在深度 %1 处验证失败（%2）：%3</translation>
    </message>
    <message>
        <source>no key for the new certificate</source>
        <translation>新证书没有密钥</translation>
    </message>
    <message>
        <source>the signing key is missing or has no private part</source>
        <translation>签名密钥缺失或没有私钥部分</translation>
    </message>
    <message>
        <source>the CA key does not belong to the CA certificate %1</source>
        <translation>CA 密钥与 CA 证书 %1 不匹配</translation>
    </message>
    <message>
        <source>%1 is not a CA certificate and cannot sign others</source>
        <translation>%1 不是 CA 证书，不能为其他证书签名</translation>
    </message>
    <message>
        <source>the certificate needs a common name (CN)</source>
        <translation>证书需要公用名 (CN)</translation>
    </message>
    <message>
        <source>the common name is %1 bytes long; X.509 allows at most 64</source>
        <translation>公用名长 %1 字节；X.509 最多允许 64 字节</translation>
    </message>
    <message>
        <source>cannot create a certificate: %1</source>
        <translation>无法创建证书：%1</translation>
    </message>
    <message>
        <source>the certificate would end before it starts (check --days)</source>
        <translation>证书的结束时间早于开始时间（请检查 --days）</translation>
    </message>
    <message>
        <source>cannot set the validity: %1</source>
        <translation>无法设置有效期：%1</translation>
    </message>
    <message>
        <source>cannot set the common name: %1</source>
        <translation>无法设置公用名：%1</translation>
    </message>
    <message>
        <source>cannot set the issuer or key: %1</source>
        <translation>无法设置颁发者或密钥：%1</translation>
    </message>
    <message>
        <source>cannot add the certificate extensions: %1</source>
        <translation>无法添加证书扩展：%1</translation>
    </message>
    <message>
        <source>cannot sign the certificate: %1</source>
        <translation>无法为证书签名：%1</translation>
    </message>
    <message>
        <source>the verification code is empty; copy it from the portal</source>
        <translation>验证码为空；请从门户复制</translation>
    </message>
    <message>
        <source>a CSR needs a private key</source>
        <translation>CSR 需要私钥</translation>
    </message>
    <message>
        <source>the request needs a common name (CN)</source>
        <translation>请求需要公用名 (CN)</translation>
    </message>
    <message>
        <source>cannot make the certificate request: %1</source>
        <translation>无法生成证书请求：%1</translation>
    </message>
    <message>
        <source>no certificate request</source>
        <translation>没有证书请求</translation>
    </message>
    <message>
        <source>the certificate request&apos;s signature does not verify; it was altered or not made with its key</source>
        <translation>证书请求的签名验证失败；它已被篡改，或并非用其密钥生成</translation>
    </message>
    <message>
        <source>cannot restrict %1 to its owner: %2</source>
        <translation>无法将 %1 限制为仅所有者可访问：%2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>there is no certificate to check</source>
        <translation>没有要检查的证书</translation>
    </message>
    <message>
        <source>the PEM text is %1 bytes; AT+USECMNG accepts at most %2 bytes per credential</source>
        <translation>PEM 文本为 %1 字节；AT+USECMNG 每个凭据最多接受 %2 字节</translation>
    </message>
    <message>
        <source>the credential name &apos;%1&apos; has %2 characters; the module allows at most %3</source>
        <translation>凭据名称“%1”有 %2 个字符；模块最多允许 %3 个</translation>
    </message>
    <message>
        <source>the certificate has no common name (CN); Azure uses the CN as the device or registration ID</source>
        <translation>证书没有公用名 (CN)；Azure 将 CN 用作设备 ID 或注册 ID</translation>
    </message>
    <message>
        <source>the CN &apos;%1&apos; is not a valid registration ID: %2</source>
        <translation>CN“%1”不是有效的注册 ID：%2</translation>
    </message>
    <message>
        <source>the CN &apos;%1&apos; is not a valid device ID: %2</source>
        <translation>CN“%1”不是有效的设备 ID：%2</translation>
    </message>
    <message>
        <source>the CN &apos;%1&apos; is valid for Azure but outside the station&apos;s safe ID rule: %2</source>
        <translation>CN“%1”对 Azure 有效，但不符合工位的安全 ID 规则：%2</translation>
    </message>
    <message>
        <source>the CN is &apos;%1&apos; but the certificate is meant for &apos;%2&apos;; Azure requires them to be equal</source>
        <translation>CN 为“%1”，但证书是为“%2”签发的；Azure 要求两者一致</translation>
    </message>
    <message>
        <source>the certificate&apos;s extended key usage does not include clientAuth</source>
        <translation>证书的扩展密钥用法不包含 clientAuth</translation>
    </message>
    <message>
        <source>the certificate</source>
        <translation>该证书</translation>
    </message>
    <message>
        <source>chain certificate %1 (%2)</source>
        <translation>证书链中的证书 %1（%2）</translation>
    </message>
    <message>
        <source>%1 is %2, which expired on %3: %4</source>
        <translation>%1 是 %2，已于 %3 过期：%4</translation>
    </message>
    <message>
        <source>%1 is a root that expired on %2; TLS connections that depend on it fail</source>
        <translation>%1 是已于 %2 过期的根证书；依赖它的 TLS 连接将会失败</translation>
    </message>
    <message>
        <source>%1 expired on %2</source>
        <translation>%1 已于 %2 过期</translation>
    </message>
    <message>
        <source>%1 is not valid before %2 (check the clock of the machine that made it)</source>
        <translation>%1 在 %2 之前无效（请检查生成它的计算机的时钟）</translation>
    </message>
    <message>
        <source>%1 expires on %2, in less than %3 days</source>
        <translation>%1 将于 %2 过期，不足 %3 天</translation>
    </message>
    <message>
        <source>%1 has an RSA %2 key; Azure and the module need at least 2048 bits</source>
        <translation>%1 使用 RSA %2 密钥；Azure 和模块要求至少 2048 位</translation>
    </message>
    <message>
        <source>%1 has an RSA %2 key; the module handles at most 4096 bits</source>
        <translation>%1 使用 RSA %2 密钥；模块最多支持 4096 位</translation>
    </message>
    <message>
        <source>%1 uses curve %2; the module supports P-256 and P-384</source>
        <translation>%1 使用曲线 %2；模块支持 P-256 和 P-384</translation>
    </message>
    <message>
        <source>%1 has a %2 key; the module supports RSA and EC P-256 / P-384</source>
        <translation>%1 使用 %2 密钥；模块支持 RSA 和 EC P-256 / P-384</translation>
    </message>
    <message>
        <source>the chain stops at &apos;%1&apos;, whose issuer &apos;%2&apos; is neither in the file nor a verified CA; add the intermediate certificate (DPS needs the chain up to a verified certificate)</source>
        <translation>证书链止于“%1”，其颁发者“%2”既不在文件中，也不是已验证的 CA；请添加中间证书（DPS 需要直到已验证证书的完整证书链）</translation>
    </message>
    <message>
        <source>the chain stops at &apos;%1&apos;, issued by &apos;%2&apos;, which is not in the file; unless &apos;%2&apos; is the CA verified in Azure, add the intermediate certificates</source>
        <translation>证书链止于“%1”，其颁发者“%2”不在文件中；除非“%2”是在 Azure 中已验证的 CA，否则请添加中间证书</translation>
    </message>
    <message>
        <source>the issuer &apos;%1&apos; is not in the file; that is fine when &apos;%1&apos; is the CA verified in Azure</source>
        <translation>颁发者“%1”不在文件中；如果“%1”是在 Azure 中已验证的 CA，则没有问题</translation>
    </message>
    <message>
        <source>malformed PEM: no complete block (%1)</source>
        <translation>PEM 格式错误：没有完整的块（%1）</translation>
    </message>
    <message>
        <source>malformed PEM after block %1: %2</source>
        <translation>第 %1 块之后 PEM 格式错误：%2</translation>
    </message>
    <message>
        <source>PEM block %1 (%2): %3</source>
        <translation>PEM 块 %1（%2）：%3</translation>
    </message>
    <message>
        <source>the file holds more than one private key</source>
        <translation>文件包含多个私钥</translation>
    </message>
    <message>
        <source>PEM block %1 is a &apos;%2&apos;, which the station does not use</source>
        <translation>PEM 块 %1 是“%2”，工位不使用此类内容</translation>
    </message>
    <message>
        <source>not a PKCS#12 file (%1)</source>
        <translation>不是 PKCS#12 文件（%1）</translation>
    </message>
    <message>
        <source>the PKCS#12 file is protected; a password is needed</source>
        <translation>PKCS#12 文件受保护；需要密码</translation>
    </message>
    <message>
        <source>wrong password for the PKCS#12 file</source>
        <translation>PKCS#12 文件的密码错误</translation>
    </message>
    <message>
        <source>cannot read the PKCS#12 contents: %1 (a legacy RC2/3DES file? re-export it with &apos;openssl pkcs12 -export&apos; from OpenSSL 3)</source>
        <translation>无法读取 PKCS#12 文件内容：%1（旧式 RC2/3DES 文件？请使用 OpenSSL 3 的“openssl pkcs12 -export”重新导出）</translation>
    </message>
    <message>
        <source>not a certificate, key or PKCS#12 file in PEM or DER form (%1 bytes)</source>
        <translation>不是 PEM 或 DER 格式的证书、密钥或 PKCS#12 文件（%1 字节）</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>文件为空</translation>
    </message>
    <message>
        <source>%1 bytes is too large for a credential file</source>
        <translation>%1 字节对凭据文件来说过大</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>a PKCS#12 file needs at least one certificate</source>
        <translation>PKCS#12 文件至少需要一个证书</translation>
    </message>
    <message>
        <source>cannot make the PKCS#12 file: %1</source>
        <translation>无法生成 PKCS#12 文件：%1</translation>
    </message>
    <message>
        <source>cannot encode the PKCS#12 file: %1</source>
        <translation>无法编码 PKCS#12 文件：%1</translation>
    </message>
    <message>
        <source>the root of IoT Hub and DPS (global cloud) since 2023/2024</source>
        <translation>自 2023/2024 年起 IoT Hub 和 DPS（全球云）使用的根证书</translation>
    </message>
    <message>
        <source>Microsoft&apos;s standby root for Azure</source>
        <translation>Microsoft 为 Azure 准备的备用根证书</translation>
    </message>
    <message>
        <source>Azure IoT Hub and DPS moved to DigiCert Global Root G2 in 2023/2024; upload G2 instead</source>
        <translation>Azure IoT Hub 和 DPS 已于 2023/2024 年迁移到 DigiCert Global Root G2；请改为上传 G2</translation>
    </message>
    <message>
        <source>%1 is not shipped with the station</source>
        <translation>%1 未随工位程序提供</translation>
    </message>
    <message>
        <source>%1 does not have the expected SHA-256 fingerprint</source>
        <translation>%1 的 SHA-256 指纹与预期不符</translation>
    </message>
    <message>
        <source>unterminated comment (line %1)</source>
        <translation>注释未结束（第 %1 行）</translation>
    </message>
    <message>
        <source>line break inside a string literal (line %1)</source>
        <translation>字符串字面量中有换行（第 %1 行）</translation>
    </message>
    <message>
        <source>unterminated string literal (line %1)</source>
        <translation>字符串字面量未结束（第 %1 行）</translation>
    </message>
    <message>
        <source>no PEM certificate inside the C string literals of this file</source>
        <translation>此文件的 C 字符串字面量中没有 PEM 证书</translation>
    </message>
    <message>
        <source>certificate %1 has no END line</source>
        <translation>证书 %1 没有 END 行</translation>
    </message>
    <message>
        <source>certificate %1: %2</source>
        <translation>证书 %1：%2</translation>
    </message>
    <message>
        <source>no PEM certificate found (%1)</source>
        <translation>未找到 PEM 证书（%1）</translation>
    </message>
    <message>
        <source>not a DER certificate (%1)</source>
        <translation>不是 DER 证书（%1）</translation>
    </message>
    <message>
        <source>%1 bytes of trailing data after the DER certificate</source>
        <translation>DER 证书之后有 %1 字节多余数据</translation>
    </message>
    <message>
        <source>malformed PEM after certificate %1: %2</source>
        <translation>第 %1 个证书之后 PEM 格式错误：%2</translation>
    </message>
    <message>
        <source>no PEM certificate found</source>
        <translation>未找到 PEM 证书</translation>
    </message>
    <message>
        <source>no PEM certificate request found (%1)</source>
        <translation>未找到 PEM 证书请求（%1）</translation>
    </message>
    <message>
        <source>not a DER certificate request (%1)</source>
        <translation>不是 DER 证书请求（%1）</translation>
    </message>
    <message>
        <source>unknown key type</source>
        <translation>未知的密钥类型</translation>
    </message>
    <message>
        <source>cannot generate an RSA %1 key: %2</source>
        <translation>无法生成 RSA %1 密钥：%2</translation>
    </message>
    <message>
        <source>cannot generate an EC key on curve %1: %2</source>
        <translation>无法在曲线 %1 上生成 EC 密钥：%2</translation>
    </message>
    <message>
        <source>the private key is encrypted; a passphrase is needed</source>
        <translation>私钥已加密；需要密码短语</translation>
    </message>
    <message>
        <source>cannot decrypt the private key: wrong passphrase? (%1)</source>
        <translation>无法解密私钥：密码短语错误？（%1）</translation>
    </message>
    <message>
        <source>not a PEM key: %1</source>
        <translation>不是 PEM 密钥：%1</translation>
    </message>
    <message>
        <source>not a DER key: %1</source>
        <translation>不是 DER 密钥：%1</translation>
    </message>
    <message>
        <source>no key</source>
        <translation>没有密钥</translation>
    </message>
    <message>
        <source>no certificate for %1 in %2 (expected %1.pem and %1.key.pem): %3</source>
        <translation>%2 中没有 %1 的证书（应为 %1.pem 和 %1.key.pem）：%3</translation>
    </message>
    <message>
        <source>no key for %1 in %2 (expected %1.pem and %1.key.pem): %3</source>
        <translation>%2 中没有 %1 的密钥（应为 %1.pem 和 %1.key.pem）：%3</translation>
    </message>
    <message>
        <source>%1 holds no certificate</source>
        <translation>%1 中没有证书</translation>
    </message>
    <message>
        <source>%1 holds no private key</source>
        <translation>%1 中没有私钥</translation>
    </message>
    <message>
        <source>the CA key does not belong to the CA certificate</source>
        <translation>CA 密钥与 CA 证书不匹配</translation>
    </message>
    <message>
        <source>%1 is not a CA certificate (basic constraints CA:FALSE or missing)</source>
        <translation>%1 不是 CA 证书（基本约束为 CA:FALSE 或缺失）</translation>
    </message>
    <message>
        <source>%1 has expired</source>
        <translation>%1 已过期</translation>
    </message>
    <message>
        <source>no bundled root is called &apos;%1&apos;</source>
        <translation>没有名为“%1”的内置根证书</translation>
    </message>
    <message>
        <source>the key %1 on the token does not belong to the CA certificate %2</source>
        <translation>令牌上的密钥 %1 与 CA 证书 %2 不匹配</translation>
    </message>
    <message>
        <source>this process already uses the PKCS#11 module %1; restart the station to use %2</source>
        <translation>此进程已在使用 PKCS#11 模块 %1；请重启工位以使用 %2</translation>
    </message>
    <message>
        <source>the OpenSSL PKCS#11 engine is not installed (Debian package libengine-pkcs11-openssl)</source>
        <translation>未安装 OpenSSL PKCS#11 引擎（Debian 软件包 libengine-pkcs11-openssl）</translation>
    </message>
    <message>
        <source>the PKCS#11 engine does not accept the module %1: %2</source>
        <translation>PKCS#11 引擎不接受模块 %1：%2</translation>
    </message>
    <message>
        <source>the PKCS#11 module %1 cannot be loaded: %2</source>
        <translation>无法加载 PKCS#11 模块 %1：%2</translation>
    </message>
    <message>
        <source>no PIN for the token key %1 (the PIN is read from the secret store)</source>
        <translation>令牌密钥 %1 没有 PIN（PIN 从机密存储中读取）</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>未给出原因</translation>
    </message>
    <message>
        <source>the token refused the PIN for %1 (PIN incorrect)</source>
        <translation>令牌拒绝了 %1 的 PIN（PIN 不正确）</translation>
    </message>
    <message>
        <source>the token&apos;s user PIN is locked; unlock it with the SO PIN (pkcs11-tool --unlock-pin)</source>
        <translation>令牌的用户 PIN 已锁定；请用 SO PIN 解锁（pkcs11-tool --unlock-pin）</translation>
    </message>
    <message>
        <source>no private key %1: is the token present, and do token= and object= (or id=) match what &apos;pkcs11-tool --list-objects&apos; shows?</source>
        <translation>没有私钥 %1：令牌是否已插入？token= 和 object=（或 id=）是否与 &apos;pkcs11-tool --list-objects&apos; 显示的一致？</translation>
    </message>
    <message>
        <source>cannot use the token key %1: %2</source>
        <translation>无法使用令牌密钥 %1：%2</translation>
    </message>
    <message>
        <source>a PKCS#11 URI starts with &quot;pkcs11:&quot; (e.g. pkcs11:token=Station%20CA;object=ca-key)</source>
        <translation>PKCS#11 URI 以 &quot;pkcs11:&quot; 开头（例如 pkcs11:token=Station%20CA;object=ca-key）</translation>
    </message>
    <message>
        <source>PKCS#11 URI: &quot;%1&quot; is not name=value</source>
        <translation>PKCS#11 URI：&quot;%1&quot; 不是 name=value 形式</translation>
    </message>
    <message>
        <source>PKCS#11 URI: %1 is given twice</source>
        <translation>PKCS#11 URI：%1 出现了两次</translation>
    </message>
    <message>
        <source>PKCS#11 URI: type=%1 is not private, public or cert</source>
        <translation>PKCS#11 URI：type=%1 不是 private、public 或 cert</translation>
    </message>
    <message>
        <source>PKCS#11 URI: a PIN does not belong in the URI (it would end up in the profile and in logs); the station reads it from the secret store</source>
        <translation>PKCS#11 URI：PIN 不应写在 URI 中（否则会进入配置文件和日志）；工位从机密存储中读取 PIN</translation>
    </message>
    <message>
        <source>PKCS#11 URI: unknown attribute &quot;%1&quot; (the station understands token, object, id, serial, manufacturer, model and type)</source>
        <translation>PKCS#11 URI：未知属性 &quot;%1&quot;（工位支持 token、object、id、serial、manufacturer、model 和 type）</translation>
    </message>
    <message>
        <source>PKCS#11 URI: unknown query attribute &quot;%1&quot; (only module-path is understood)</source>
        <translation>PKCS#11 URI：未知查询属性 &quot;%1&quot;（仅支持 module-path）</translation>
    </message>
    <message>
        <source>PKCS#11 URI: module-path must be an absolute path, not &quot;%1&quot;</source>
        <translation>PKCS#11 URI：module-path 必须是绝对路径，而不是 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>PKCS#11 URI: name the token (token=…)</source>
        <translation>PKCS#11 URI：请指定令牌（token=…）</translation>
    </message>
    <message>
        <source>PKCS#11 URI: name the key (object=… or id=…)</source>
        <translation>PKCS#11 URI：请指定密钥（object=… 或 id=…）</translation>
    </message>
    <message>
        <source>PKCS#11 URI: name the new key with object=… (its label on the token)</source>
        <translation>PKCS#11 URI：请用 object=… 为新密钥命名（其在令牌上的标签）</translation>
    </message>
    <message>
        <source>PKCS#11 URI: a new key pair is named without type= or with type=private</source>
        <translation>PKCS#11 URI：新密钥对的名称不带 type= 或使用 type=private</translation>
    </message>
    <message>
        <source>the token already holds a key named %1; the station never replaces a key on a token (choose another object=)</source>
        <translation>令牌上已有名为 %1 的密钥；工位绝不会替换令牌上的密钥（请选择其他 object=）</translation>
    </message>
    <message>
        <source>pkcs11-tool is needed to create a key on a token (Debian package opensc)</source>
        <translation>在令牌上创建密钥需要 pkcs11-tool（Debian 软件包 opensc）</translation>
    </message>
    <message>
        <source>cannot make a key id: %1</source>
        <translation>无法生成密钥 ID：%1</translation>
    </message>
    <message>
        <source>pkcs11-tool did not finish making the key within 120 s</source>
        <translation>pkcs11-tool 未在 120 秒内生成密钥</translation>
    </message>
    <message>
        <source>pkcs11-tool could not make the key on the token %1: %2</source>
        <translation>pkcs11-tool 无法在令牌 %1 上生成密钥：%2</translation>
    </message>
    <message>
        <source>exit code %1</source>
        <translation>退出代码 %1</translation>
    </message>
    <message>
        <source>the CA&apos;s private key is stored without a passphrase: anyone who can read the file can issue certificates that Azure trusts; encrypt it (openssl pkey -aes256) or keep it on a token</source>
        <translation>CA 的私钥未用密码短语保护：任何能读取该文件的人都能签发 Azure 信任的证书；请将其加密 (openssl pkey -aes256) 或保存在令牌上</translation>
    </message>
</context>
<context>
    <name>ports</name>
    <message>
        <source>S/N %1</source>
        <translation>序列号 %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a USB VID:PID such as 1546:0504 or 1546:*</source>
        <translation>“%1”不是 USB VID:PID（例如 1546:0504 或 1546:*）</translation>
    </message>
</context>
<context>
    <name>traffic</name>
    <message>
        <source>Connect type</source>
        <translation>连接类型</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>配置</translation>
    </message>
    <message>
        <source>BD address</source>
        <translation>BD 地址</translation>
    </message>
    <message>
        <source>Frame size</source>
        <translation>帧大小</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>协议</translation>
    </message>
    <message>
        <source>Remote address</source>
        <translation>远程地址</translation>
    </message>
    <message>
        <source>Remote port</source>
        <translation>远程端口</translation>
    </message>
    <message>
        <source>Local address</source>
        <translation>本地地址</translation>
    </message>
    <message>
        <source>Local port</source>
        <translation>本地端口</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>字节</translation>
    </message>
    <message>
        <source>Start byte</source>
        <translation>起始字节</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>长度</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>标识符</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>通道</translation>
    </message>
    <message>
        <source>AT text</source>
        <translation>AT 文本</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>有效载荷</translation>
    </message>
    <message>
        <source>End byte</source>
        <translation>结束字节</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
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
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>种类</translation>
    </message>
    <message>
        <source>Redacted</source>
        <translation>已隐去</translation>
    </message>
    <message>
        <source>yes: secrets were replaced before the record was stored</source>
        <translation>是：存储记录前已替换机密</translation>
    </message>
    <message>
        <source>EDM frame</source>
        <translation>EDM 帧</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>1 byte</source>
        <translation>1 字节</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 字节</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>connect event</source>
        <translation>连接事件</translation>
    </message>
    <message>
        <source>disconnect event</source>
        <translation>断开事件</translation>
    </message>
    <message>
        <source>data event</source>
        <translation>数据事件</translation>
    </message>
    <message>
        <source>data command</source>
        <translation>数据命令</translation>
    </message>
    <message>
        <source>AT event</source>
        <translation>AT 事件</translation>
    </message>
    <message>
        <source>AT request</source>
        <translation>AT 请求</translation>
    </message>
    <message>
        <source>AT confirmation</source>
        <translation>AT 确认</translation>
    </message>
    <message>
        <source>resend connect events</source>
        <translation>重发连接事件</translation>
    </message>
    <message>
        <source>iPhone event</source>
        <translation>iPhone 事件</translation>
    </message>
    <message>
        <source>start event</source>
        <translation>启动事件</translation>
    </message>
    <message>
        <source>to the module</source>
        <translation>发往模块</translation>
    </message>
    <message>
        <source>from the module</source>
        <translation>来自模块</translation>
    </message>
    <message>
        <source>note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>command-mode line</source>
        <translation>命令模式行</translation>
    </message>
    <message>
        <source>upload</source>
        <translation>上传</translation>
    </message>
    <message>
        <source>skipped input</source>
        <translation>跳过的输入</translation>
    </message>
    <message>
        <source>noise</source>
        <translation>干扰文本</translation>
    </message>
    <message>
        <source>link event</source>
        <translation>链路事件</translation>
    </message>
    <message>
        <source>Wizard</source>
        <translation>向导</translation>
    </message>
    <message>
        <source>Slot %1</source>
        <translation>槽位 %1</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>时间 (UTC)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>a quoted field of the CSV is not closed</source>
        <translation>CSV 中一个带引号的字段没有结束</translation>
    </message>
    <message>
        <source>damaged pcapng file: a packet block is too short (offset %1)</source>
        <translation>pcapng 文件已损坏：数据包块太短（偏移 %1）</translation>
    </message>
    <message>
        <source>damaged pcapng file: bad packet block at offset %1</source>
        <translation>pcapng 文件已损坏：偏移 %1 处的数据包块无效</translation>
    </message>
    <message>
        <source>not a traffic CSV: its first line must be the header %1</source>
        <translation>不是通信 CSV：第一行必须是表头 %1</translation>
    </message>
    <message>
        <source>line %1 of the CSV has %2 fields instead of %3</source>
        <translation>CSV 第 %1 行有 %2 个字段，应为 %3 个</translation>
    </message>
    <message>
        <source>line %1 of the CSV: &quot;%2&quot; is not a slot number (1, 2, ... or wizard)</source>
        <translation>CSV 第 %1 行：“%2”不是槽位编号（1、2、… 或 wizard）</translation>
    </message>
    <message>
        <source>line %1 of the CSV: unknown kind &quot;%2&quot;</source>
        <translation>CSV 第 %1 行：未知种类“%2”</translation>
    </message>
    <message>
        <source>the pcapng file ends inside a block (offset %1)</source>
        <translation>pcapng 文件在块内部结束（偏移 %1）</translation>
    </message>
    <message>
        <source>a big-endian pcapng file: only little-endian captures can be read</source>
        <translation>大端序 pcapng 文件：只能读取小端序抓包文件</translation>
    </message>
    <message>
        <source>not a pcapng file: it does not start with a section header block</source>
        <translation>不是 pcapng 文件：它不以节头块开始</translation>
    </message>
    <message>
        <source>damaged pcapng file: bad block length at offset %1</source>
        <translation>pcapng 文件已损坏：偏移 %1 处的块长度无效</translation>
    </message>
    <message>
        <source>damaged pcapng file: an interface block is too short</source>
        <translation>pcapng 文件已损坏：接口块太短</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>文件为空</translation>
    </message>
    <message>
        <source>not a traffic capture: a capture is a pcapng file or a CSV whose first line is %1, but this file starts with &quot;%2&quot;</source>
        <translation>不是通信抓包文件：抓包文件是 pcapng 文件或第一行为 %1 的 CSV，但此文件以“%2”开头</translation>
    </message>
</context>
</TS>
