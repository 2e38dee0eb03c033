-- Wireshark dissector for u-blox u-connectXpress Extended Data Mode (EDM) frames.
--
-- Captures written by Provisioning Station's traffic inspector (pcapng, one EDM frame or one
-- command-mode line per packet) use the link type LINKTYPE_USER0 (DLT 147); this script binds
-- itself to that encapsulation, so no "User DLTs" table entry is needed.
--
--   tshark -X lua_script:resources/edm.lua -r capture.pcapng -V
--   wireshark -X lua_script:resources/edm.lua capture.pcapng
-- or copy the file into the personal Lua plugins folder (Help > About > Folders).
--
-- Frame layout (docs/uconnectxpress-protocol.md §1): AA | length (12 bits, counts id + payload)
-- | id/type word | payload | 55. No byte stuffing.

local edm = Proto("edm", "u-connectXpress Extended Data Mode")

local packet_types = {
    [0x0011] = "Connect event",
    [0x0021] = "Disconnect event",
    [0x0031] = "Data event",
    [0x0036] = "Data command",
    [0x0041] = "AT event",
    [0x0044] = "AT request",
    [0x0045] = "AT confirmation",
    [0x0056] = "Resend connect events",
    [0x0061] = "iPhone event",
    [0x0071] = "Start event",
}
local connect_types = { [1] = "Bluetooth", [2] = "IPv4", [3] = "IPv6" }
local ip_protocols = { [0] = "TCP", [1] = "UDP", [2] = "MQTT" }
local bt_profiles = { [0] = "SPP", [1] = "DUN", [14] = "SPS" }

local f = edm.fields
f.start        = ProtoField.uint8("edm.start", "Start byte", base.HEX)
f.length       = ProtoField.uint16("edm.length", "Length", base.DEC, nil, 0x0FFF)
f.type         = ProtoField.uint16("edm.type", "Identifier", base.HEX, packet_types)
f.channel      = ProtoField.uint8("edm.channel", "Channel", base.DEC)
f.at_text      = ProtoField.string("edm.at_text", "AT text")
f.data         = ProtoField.bytes("edm.data", "Data")
f.data_len     = ProtoField.uint16("edm.data_len", "Data length", base.DEC)
f.connect_type = ProtoField.uint8("edm.connect_type", "Connect type", base.DEC, connect_types)
f.protocol     = ProtoField.uint8("edm.protocol", "Protocol", base.DEC, ip_protocols)
f.profile      = ProtoField.uint8("edm.profile", "Bluetooth profile", base.DEC, bt_profiles)
f.remote_ipv4  = ProtoField.ipv4("edm.remote_ipv4", "Remote address")
f.remote_ipv6  = ProtoField.ipv6("edm.remote_ipv6", "Remote address")
f.remote_port  = ProtoField.uint16("edm.remote_port", "Remote port", base.DEC)
f.local_ipv4   = ProtoField.ipv4("edm.local_ipv4", "Local address")
f.local_ipv6   = ProtoField.ipv6("edm.local_ipv6", "Local address")
f.local_port   = ProtoField.uint16("edm.local_port", "Local port", base.DEC)
f.bd_address   = ProtoField.ether("edm.bd_address", "BD address")
f.frame_size   = ProtoField.uint16("edm.frame_size", "Frame size", base.DEC)
f.payload      = ProtoField.bytes("edm.payload", "Payload")
f.end_byte     = ProtoField.uint8("edm.end", "End byte", base.HEX)
f.text         = ProtoField.string("edm.text", "Command-mode text")

local e_bad_end = ProtoExpert.new("edm.bad_end", "End byte is not 0x55", expert.group.MALFORMED, expert.severity.ERROR)
local e_short = ProtoExpert.new("edm.short", "Frame shorter than its length field", expert.group.MALFORMED, expert.severity.ERROR)
edm.experts = { e_bad_end, e_short }

local json = Dissector.get("json")

-- Readable AT text: CR and LF shown as \r and \n.
local function escape(s)
    return (s:gsub("\r", "\\r"):gsub("\n", "\\n"))
end

local function dissect_connect(tvb, tree, at, stop)
    if stop - at < 2 then return end
    local kind = tvb(at, 1):uint()
    tree:add(f.connect_type, tvb(at, 1))
    if kind == 1 then
        tree:add(f.profile, tvb(at + 1, 1))
        if stop - at >= 10 then
            tree:add(f.bd_address, tvb(at + 2, 6))
            tree:add(f.frame_size, tvb(at + 8, 2))
        end
        return "Bluetooth"
    end
    tree:add(f.protocol, tvb(at + 1, 1))
    local a = (kind == 3) and 16 or 4
    if stop - at < 2 + 2 * (a + 2) then return end
    local p = at + 2
    tree:add(kind == 3 and f.remote_ipv6 or f.remote_ipv4, tvb(p, a)); p = p + a
    tree:add(f.remote_port, tvb(p, 2)); p = p + 2
    tree:add(kind == 3 and f.local_ipv6 or f.local_ipv4, tvb(p, a)); p = p + a
    tree:add(f.local_port, tvb(p, 2))
    return connect_types[kind]
end

-- One frame at offset; returns the number of bytes used and a short description.
local function dissect_frame(tvb, pinfo, root, offset)
    local avail = tvb:len() - offset
    if avail < 5 then return 0 end
    local len = bit.band(tvb(offset + 1, 2):uint(), 0x0FFF)
    local size = math.min(len + 4, avail)
    local tree = root:add(edm, tvb(offset, size))
    tree:add(f.start, tvb(offset, 1))
    tree:add(f.length, tvb(offset + 1, 2))
    local id = tvb(offset + 3, 2):uint()
    tree:add(f.type, tvb(offset + 3, 2))
    local name = packet_types[id] or string.format("Unknown 0x%04x", id)
    local stop = offset + 3 + len        -- index of the end byte
    if len + 4 > avail then
        tree:add_proto_expert_info(e_short)
        stop = tvb:len()
    end
    local info = name
    local p = offset + 5
    if id == 0x0041 or id == 0x0044 or id == 0x0045 then
        if stop > p then
            local text = tvb(p, stop - p):string()
            tree:add(f.at_text, tvb(p, stop - p), escape(text))
            local shown = text:gsub("^%s+", ""):gsub("%s+$", ""):gsub("\r\n", " "):gsub("[\r\n]", " ")
            info = info .. ": " .. shown
        end
    elseif id == 0x0011 or id == 0x0021 or id == 0x0031 or id == 0x0036 then
        if stop > p then
            tree:add(f.channel, tvb(p, 1))
            info = info .. " ch " .. tvb(p, 1):uint()
            p = p + 1
        end
        if id == 0x0011 then
            local k = dissect_connect(tvb, tree, p, stop)
            if k then info = info .. " " .. k end
        elseif (id == 0x0031 or id == 0x0036) and stop > p then
            local data = tvb(p, stop - p)
            tree:add(f.data_len, stop - p):set_generated()
            tree:add(f.data, data)
            info = info .. string.format(" (%d B)", stop - p)
            local first = data(0, 1):string()
            if json and (first == "{" or first == "[") then
                json:call(data:tvb(), pinfo, tree)
            end
        end
    elseif stop > p then
        tree:add(f.payload, tvb(p, stop - p))
    end
    if stop < tvb:len() then
        local e = tree:add(f.end_byte, tvb(stop, 1))
        if tvb(stop, 1):uint() ~= 0x55 then e:add_proto_expert_info(e_bad_end) end
    end
    tree:append_text(", " .. name)
    return size, info
end

function edm.dissector(tvb, pinfo, root)
    pinfo.cols.protocol = "EDM"
    if pinfo.p2p_dir == P2P_DIR_SENT then
        pinfo.cols.src = "host"; pinfo.cols.dst = "module"
    elseif pinfo.p2p_dir == P2P_DIR_RECV then
        pinfo.cols.src = "module"; pinfo.cols.dst = "host"
    end
    if tvb:len() == 0 then
        pinfo.cols.info = "(no bytes: note or redacted upload, see the packet comment)"
        return 0
    end
    if tvb(0, 1):uint() ~= 0xAA then
        -- A command-mode line (or upload text) captured before/after EDM.
        pinfo.cols.protocol = "AT"
        local text = tvb():string()
        root:add(edm, tvb(), "u-connectXpress command mode"):add(f.text, tvb(), escape(text))
        pinfo.cols.info = escape(text)
        return tvb:len()
    end
    local offset, infos = 0, {}
    while offset < tvb:len() do
        local used, info = dissect_frame(tvb, pinfo, root, offset)
        if used == 0 then break end
        infos[#infos + 1] = info
        offset = offset + used
    end
    pinfo.cols.info = table.concat(infos, "; ")
    return offset
end

-- LINKTYPE_USER0 (147) is the wiretap encapsulation USER0.
local encaps = wtap_encaps or wtap
DissectorTable.get("wtap_encap"):add(encaps.USER0, edm)
