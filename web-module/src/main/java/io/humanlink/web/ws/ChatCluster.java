package io.humanlink.web.ws;

import com.hazelcast.cluster.Member;
import com.hazelcast.cluster.MembershipEvent;
import com.hazelcast.cluster.MembershipListener;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.multimap.MultiMap;
import com.hazelcast.topic.ITopic;
import io.humanlink.chat.ChatService;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The chat's view of the Payara Micro cluster (config {@code humanlink.cluster}, env {@code HUMANLINK_CLUSTER}:
 * {@code off} by default, {@code on} when start.sh clusters the node). When on, it uses Payara's own Hazelcast member
 * (JNDI {@code payara/Hazelcast}) for two things:
 * <ul>
 * <li>the relay: every delivery made on this node ({@link ChatFanout}) is published on the topic {@value #TOPIC}, and
 * every other node hands what it receives to its own sockets; so is a request to close a member's sockets (a
 * suspended account, {@link ChatSuspensions}). Payloads are JSON strings, so no application class crosses the grid.
 * The grid is not the record: a relay lost in a partition or a crash is repaired by the client's resume from the
 * database;</li>
 * <li>shared presence: the multimap {@value #ONLINE} maps a member's public id to the nodes where they have at least
 * one socket. Entries are the node's own: it adds one on its first socket of a member and removes it on the last, and
 * when a node leaves the cluster (a crash too) the survivors remove everything it had, so nobody stays online
 * forever, and tell the contacts of those who were connected only there that they went offline.</li>
 * </ul>
 * When off, nothing here is used and {@link LocalChatConnections} is the registry.
 */
@ApplicationScoped
public class ChatCluster {

    static final String TOPIC = "humanlink.chat.relay";
    static final String ONLINE = "humanlink.chat.online";
    private static final String JNDI_NAME = "payara/Hazelcast";
    private static final Logger LOG = Logger.getLogger(ChatCluster.class.getName());

    @Inject
    @ConfigProperty(name = "humanlink.cluster", defaultValue = "off")
    String mode;

    @Inject
    ChatFanout fanout;

    @Inject
    ChatPresence presence;

    @Inject
    ChatService chat;

    @Resource
    ManagedExecutorService executor;

    private boolean enabled;
    private HazelcastInstance hazelcast;
    private String nodeId;
    private ITopic<String> topic;
    private MultiMap<String, String> online;
    private JsonProvider json;

    @PostConstruct
    void connect() {
        enabled = switch (mode.trim().toLowerCase()) {
            case "on", "true", "yes" -> true;
            case "off", "false", "no", "" -> false;
            default -> throw new IllegalStateException("humanlink.cluster must be on or off, not " + mode);
        };
        if (!enabled) {
            return;
        }
        try {
            hazelcast = (HazelcastInstance) new InitialContext().lookup(JNDI_NAME);
        } catch (NamingException | ClassCastException e) {
            throw new IllegalStateException("humanlink.cluster is on but Payara's Hazelcast (" + JNDI_NAME
                    + ") is not there: start the node clustered (HUMANLINK_CLUSTER=on in start.sh)", e);
        }
        if (hazelcast == null) {
            throw new IllegalStateException("humanlink.cluster is on but Payara's Hazelcast is not running");
        }
        json = JsonProvider.provider();
        nodeId = hazelcast.getCluster().getLocalMember().getUuid().toString();
        topic = hazelcast.getTopic(TOPIC);
        online = hazelcast.getMultiMap(ONLINE);
        topic.addMessageListener(message -> received(message.getMessageObject()));
        hazelcast.getCluster().addMembershipListener(new MembershipListener() {
            @Override
            public void memberAdded(MembershipEvent event) {
                LOG.info(() -> "chat cluster: " + event.getMember() + " joined; " + event.getMembers().size()
                        + " members");
            }

            @Override
            public void memberRemoved(MembershipEvent event) {
                LOG.info(() -> "chat cluster: " + event.getMember() + " left; " + event.getMembers().size()
                        + " members");
                executor.execute(ChatCluster.this::forgetDepartedNodes);
            }
        });
        executor.execute(this::forgetDepartedNodes);
        LOG.info(() -> "chat cluster: node " + nodeId + " relays on " + TOPIC + "; "
                + hazelcast.getCluster().getMembers().size() + " members");
    }

    /** Makes the bean (and so the relay listener) start with the application rather than at the first socket. */
    void startWithTheApplication(@Observes @Initialized(ApplicationScoped.class) Object application) {
        LOG.fine(() -> "chat cluster " + (enabled ? "on, node " + nodeId : "off"));
    }

    boolean enabled() {
        return enabled;
    }

    /** Cluster members (1 when not clustered). */
    int members() {
        return enabled ? hazelcast.getCluster().getMembers().size() : 1;
    }

    String nodeId() {
        return nodeId;
    }

    /** No partition is migrating and every one has its backup: shared presence is settled after a join or a leave. */
    boolean settled() {
        return enabled && hazelcast.getPartitionService().isClusterSafe();
    }

    /** Publishes a delivery made here for the other nodes; never fails the caller (resume repairs a lost relay). */
    void relay(ChatFanout.Delivery delivery) {
        if (!enabled) {
            return;
        }
        try {
            topic.publish(encode(delivery));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "chat relay publish failed (clients repair it by resume)", e);
        }
    }

    /** Asks the other nodes to close the member's sockets there; never fails the caller. */
    void relayClose(UUID member, String reason) {
        if (!enabled) {
            return;
        }
        try {
            topic.publish(json.createObjectBuilder().add("node", nodeId).add("close", member.toString())
                    .add("reason", reason).build().toString());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "chat relay of a close failed; " + member + " keeps their sockets on other nodes"
                    + " until they reconnect", e);
        }
    }

    private void received(String payload) {
        try {
            JsonObject o;
            try (JsonReader reader = json.createReader(new StringReader(payload))) {
                o = reader.readObject();
            }
            if (nodeId.equals(o.getString("node"))) {
                return;
            }
            if (o.containsKey("close")) {
                fanout.closeHere(UUID.fromString(o.getString("close")), o.getString("reason"));
                return;
            }
            fanout.deliverHere(decode(o));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "chat relay delivery failed (clients repair it by resume)", e);
        }
    }

    String encode(ChatFanout.Delivery d) {
        return encode(json, nodeId, d);
    }

    /** The relay payload: JSON text, so nothing but strings crosses the grid. */
    static String encode(JsonProvider json, String node, ChatFanout.Delivery d) {
        JsonArrayBuilder members = json.createArrayBuilder();
        d.members().forEach(m -> members.add(m.toString()));
        var o = json.createObjectBuilder().add("node", node).add("members", members).add("frame", d.frame())
                .add("message", d.message());
        if (d.message()) {
            o.add("conversationId", d.conversationId().toString()).add("seq", d.seq()).add("revision", d.revision());
        }
        if (d.exceptSocket() != null) {
            o.add("except", d.exceptSocket());
        }
        return o.build().toString();
    }

    static ChatFanout.Delivery decode(JsonObject o) {
        Set<UUID> members = new HashSet<>();
        o.getJsonArray("members").getValuesAs(JsonString.class)
                .forEach(s -> members.add(UUID.fromString(s.getString())));
        boolean message = o.getBoolean("message");
        return new ChatFanout.Delivery(members, o.getString("frame"),
                message ? UUID.fromString(o.getString("conversationId")) : null,
                message ? o.getJsonNumber("seq").longValue() : 0, message ? o.getInt("revision") : 0, message,
                o.getString("except", null));
    }

    /** This node has its first socket of the member; true when no node had one (they just came online). */
    boolean cameOnlineHere(UUID userId) {
        return changePresence(userId, true);
    }

    /** This node's last socket of the member closed; true when no node has one any more (they just went offline). */
    boolean wentOfflineHere(UUID userId) {
        return changePresence(userId, false);
    }

    /**
     * Adds or removes this node under the member's key, under the key's lock, and tells whether that changed their
     * presence anywhere (now on exactly one node, or on none). When the shared map fails, the change is announced.
     */
    private boolean changePresence(UUID userId, boolean cameOnline) {
        String key = userId.toString();
        String change = cameOnline ? "online" : "offline";
        try {
            boolean locked = online.tryLock(key, 3, TimeUnit.SECONDS);
            try {
                if (cameOnline) {
                    online.put(key, nodeId);
                } else {
                    online.remove(key, nodeId);
                }
                int nodes = online.valueCount(key);
                LOG.fine(() -> "presence: " + key + " " + change + " here (locked " + locked + "), on " + nodes
                        + " nodes");
                return nodes == (cameOnline ? 1 : 0);
            } finally {
                if (locked) {
                    online.unlock(key);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return true;
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "shared presence unavailable; " + userId + " counted as " + change + " now", e);
            return true;
        }
    }

    /** Whether the member has a socket on any node. */
    boolean onlineAnywhere(UUID userId) {
        try {
            return online.containsKey(userId.toString());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "shared presence unavailable", e);
            return false;
        }
    }

    private void wentOffline(UUID userId) {
        try {
            presence.closed(chat.member(userId));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "chat cluster: could not tell the contacts of " + userId + " they went offline", e);
        }
    }

    /**
     * Removes the presence entries of nodes that are no longer in the cluster (left or crashed); a member whose last
     * node that was goes offline for their contacts. Whichever survivor removes an entry tells; the others find it gone.
     */
    void forgetDepartedNodes() {
        try {
            Set<String> alive = new HashSet<>();
            for (Member member : hazelcast.getCluster().getMembers()) {
                alive.add(member.getUuid().toString());
            }
            int removed = 0;
            for (String user : online.keySet()) {
                for (String node : online.get(user)) {
                    if (!alive.contains(node) && online.remove(user, node)) {
                        removed++;
                        if (online.valueCount(user) == 0) {
                            // Their last node is gone: their contacts (here and on the other survivors) learn it.
                            wentOffline(UUID.fromString(user));
                        }
                    }
                }
            }
            if (removed > 0) {
                int count = removed;
                LOG.info(() -> "chat cluster: forgot " + count + " presence entries of departed nodes");
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "chat cluster: presence clean-up failed", e);
        }
    }
}
