// A hosts override for one Node.js process (loaded with `node --require ./hosts.js`): the names in
// LAZ_HOSTS ("name=ip,name=ip") resolve to the given loopback addresses; every other name resolves
// as usual. Microsoft's SDKs take the host from the connection string and always dial port 443
// (service APIs) or 8883 (MQTT); local Azure listens on those ports at these addresses. Nothing in the
// SDKs is changed: only name resolution, as an /etc/hosts entry would do for this process alone.
'use strict';
const dns = require('dns');

const map = new Map();
for (const pair of (process.env.LAZ_HOSTS || '').split(',')) {
  const eq = pair.indexOf('=');
  if (eq > 0) map.set(pair.slice(0, eq).toLowerCase(), pair.slice(eq + 1));
}

const lookup = dns.lookup;
dns.lookup = function (hostname, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = {};
  }
  const address = map.get(String(hostname).toLowerCase());
  if (!address) return lookup.call(this, hostname, options, callback);
  const opts = typeof options === 'number' ? { family: options } : options || {};
  process.nextTick(() => {
    if (opts.all) callback(null, [{ address, family: 4 }]);
    else callback(null, address, 4);
  });
  return {};
};
