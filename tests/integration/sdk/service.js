// One call of Microsoft's Node.js service SDKs (azure-iothub, azure-iot-provisioning-service), for
// CloudSdkTest. The connection strings come from the environment (HUB_CONNECTION_STRING,
// DPS_CONNECTION_STRING), never from the command line. Prints one JSON object: the SDK's result,
// or {"error": message, "name": error class}; exits 0 or 1.
//
//   node service.js registry-create ID          (the hub makes the keys)
//   node service.js registry-get ID
//   node service.js twin-update ID PATCHJSON
//   node service.js invoke ID METHOD PAYLOADJSON
//   node service.js group-create-symmetric ID
//   node service.js group-get ID
//   node service.js group-attestation ID
'use strict';
const { Registry, Client } = require('azure-iothub');
const { ProvisioningServiceClient } = require('azure-iot-provisioning-service');

const [, , op, id, ...rest] = process.argv;
const hub = () => Registry.fromConnectionString(process.env.HUB_CONNECTION_STRING);
const dps = () => ProvisioningServiceClient.fromConnectionString(process.env.DPS_CONNECTION_STRING);

const ops = {
  'registry-create': async () => (await hub().create({ deviceId: id, status: 'enabled' })).responseBody,
  'registry-get': async () => (await hub().get(id)).responseBody,
  'twin-update': async () => {
    const twin = (await hub().getTwin(id)).responseBody;
    await twin.update(JSON.parse(rest[0]));
    return (await hub().getTwin(id)).responseBody.properties;
  },
  invoke: async () => {
    const client = Client.fromConnectionString(process.env.HUB_CONNECTION_STRING);
    const params = { methodName: rest[0], payload: JSON.parse(rest[1]), responseTimeoutInSeconds: 15 };
    return (await client.invokeDeviceMethod(id, params)).result;
  },
  'group-create-symmetric': async () =>
    (await dps().createOrUpdateEnrollmentGroup({ enrollmentGroupId: id, attestation: { type: 'symmetricKey' } }))
      .responseBody,
  'group-get': async () => (await dps().getEnrollmentGroup(id)).responseBody,
  'group-attestation': async () => (await dps().getEnrollmentGroupAttestationMechanism(id)).responseBody,
};

(async () => {
  if (!ops[op]) throw new Error(`unknown operation ${op}`);
  process.stdout.write(JSON.stringify(await ops[op]()) + '\n');
  process.exit(0);
})().catch((err) => {
  process.stdout.write(JSON.stringify({ error: String(err.message || err), name: err.name || '' }) + '\n');
  process.exit(1);
});
