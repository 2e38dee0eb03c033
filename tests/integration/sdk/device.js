// One device driven by Microsoft's Node.js device SDKs, for CloudSdkTest: it registers through DPS
// (azure-iot-provisioning-device-mqtt with azure-iot-security-symmetric-key or -x509), connects to
// the assigned hub (azure-iot-device-mqtt), and then does what the test asks.
//
// Configuration (JSON in LAZ_DEVICE; keys travel in the environment, never on a command line):
//   {"dpsHost", "idScope", "registrationId", "symmetricKey"? | "cert"+"key" (PEM file paths)}
// Events, one JSON object per line on stdout:
//   assigned {hub, deviceId} · ready · desired {patch} · method {name, payload} · c2d {body, properties}
//   twin {desired, reported} · reported · sent · renewed · error {message}
// Commands, one per line on stdin:
//   twin-get · report <json> · telemetry {"body":…,"properties":{…}} · renew · quit
'use strict';
const fs = require('fs');
const readline = require('readline');
const { Client, Message, SharedAccessKeyAuthenticationProvider } = require('azure-iot-device');
const { Mqtt } = require('azure-iot-device-mqtt');
const { ProvisioningDeviceClient } = require('azure-iot-provisioning-device');
const { Mqtt: ProvisioningMqtt } = require('azure-iot-provisioning-device-mqtt');
const { SymmetricKeySecurityClient } = require('azure-iot-security-symmetric-key');
const { X509Security } = require('azure-iot-security-x509');
const crypto = require('crypto');

const config = JSON.parse(process.env.LAZ_DEVICE || '{}');
const emit = (event, fields = {}) => process.stdout.write(JSON.stringify({ event, ...fields }) + '\n');
const fail = (err) => {
  emit('error', { message: String((err && err.message) || err) });
  process.exit(1);
};

// The group-derived key, as the DPS documentation computes it.
function deviceKey() {
  if (!config.groupKey) return config.symmetricKey;
  return crypto
    .createHmac('sha256', Buffer.from(config.groupKey, 'base64'))
    .update(config.registrationId, 'utf8')
    .digest('base64');
}

async function provision() {
  const x509 = !!config.cert;
  const security = x509
    ? new X509Security(config.registrationId, {
        cert: fs.readFileSync(config.cert, 'utf8'),
        key: fs.readFileSync(config.key, 'utf8'),
      })
    : new SymmetricKeySecurityClient(config.registrationId, deviceKey());
  const client = ProvisioningDeviceClient.create(config.dpsHost, config.idScope, new ProvisioningMqtt(), security);
  const result = await client.register();
  emit('assigned', { hub: result.assignedHub, deviceId: result.deviceId, status: result.status });
  return result;
}

function connect(result) {
  if (config.cert) {
    const client = Client.fromConnectionString(
      `HostName=${result.assignedHub};DeviceId=${result.deviceId};x509=true`,
      Mqtt
    );
    client.setOptions({ cert: fs.readFileSync(config.cert, 'utf8'), key: fs.readFileSync(config.key, 'utf8') });
    return { client, auth: null };
  }
  const auth = SharedAccessKeyAuthenticationProvider.fromConnectionString(
    `HostName=${result.assignedHub};DeviceId=${result.deviceId};SharedAccessKey=${deviceKey()}`
  );
  auth.on('newTokenAvailable', () => emit('renewed'));
  return { client: Client.fromAuthenticationProvider(auth, Mqtt), auth };
}

function listen(client) {
  client.on('error', fail);
  client.on('message', (msg) => {
    const properties = {};
    for (const p of msg.properties.propertyList) properties[p.key] = p.value;
    emit('c2d', { body: msg.data.toString(), properties, messageId: msg.messageId });
    client.complete(msg, () => {});
  });
  client.onDeviceMethod('reboot', (request, response) => {
    emit('method', { name: request.methodName, payload: request.payload });
    response.send(200, { rebooted: true, echo: request.payload }, (err) => err && fail(err));
  });
}

async function onCommand(line, client, twin, auth) {
  const [command, ...rest] = line.trim().split(' ');
  const text = rest.join(' ');
  if (command === 'twin-get') {
    const fresh = await client.getTwin();
    emit('twin', { desired: fresh.properties.desired, reported: fresh.properties.reported });
  } else if (command === 'report') {
    await new Promise((resolve, reject) =>
      twin.properties.reported.update(JSON.parse(text), (err) => (err ? reject(err) : resolve()))
    );
    emit('reported');
  } else if (command === 'telemetry') {
    const { body, properties } = JSON.parse(text);
    const message = new Message(JSON.stringify(body));
    message.contentType = 'application/json';
    message.contentEncoding = 'utf-8';
    for (const [k, v] of Object.entries(properties || {})) message.properties.add(k, v);
    await client.sendEvent(message);
    emit('sent');
  } else if (command === 'renew') {
    // The SDK's own renewal path: a running timer renews at once when the values change, then the
    // MQTT transport reconnects with the new token (cleanSession=false).
    auth.setTokenRenewalValues(3600, 600);
  } else if (command === 'quit') {
    await client.close();
    process.exit(0);
  }
}

async function main() {
  const result = await provision();
  const { client, auth } = connect(result);
  listen(client);
  await client.open();
  const twin = await client.getTwin();
  twin.on('properties.desired', (patch) => {
    if (patch.$version > 1) emit('desired', { patch });
  });
  emit('ready', { desired: twin.properties.desired });
  const input = readline.createInterface({ input: process.stdin });
  let queue = Promise.resolve();
  input.on('line', (line) => {
    queue = queue.then(() => onCommand(line, client, twin, auth)).catch(fail);
  });
}

main().catch(fail);
