// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.sync;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

import org.rensa.core.evidence.EvidenceLog;
import org.rensa.core.evidence.EvidenceLogHeads;
import org.rensa.sync.ModelMerge.Conflict;
import org.rensa.sync.ModelMerge.Side;

/**
 * The three-way merge of a whole project tree (path → bytes), by the rule of each kind of file:
 * <ul>
 * <li>{@code model/*.xmi}: {@link ModelMerge}, by element and feature;</li>
 * <li>{@code evidence-log/*.log}: a log one side only extended takes the longer version; a log
 * both sides extended (two auditors capturing in one visit) keeps ours under its name and theirs,
 * unchanged, as a second log {@code NAME.HASH.log} (both chains stay intact and verifiable);</li>
 * <li>{@code model/evidence-log/heads.tsv}: per log, the head of the merged log (and of the second log);</li>
 * <li>{@code model/settings/*.properties}: per key;</li>
 * <li>{@code model/diagrams/*}: notation only; when both sides changed it, ours is kept (a note says so);</li>
 * <li>{@code evidence/**}: content-addressed, a union;</li>
 * <li>anything else changed on both sides differently: a conflict on the path (ours kept unless resolved).</li>
 * </ul>
 */
public final class ProjectMerge {

	/**
	 * The merged tree.
	 *
	 * @param files     path → bytes of every file of the result
	 * @param conflicts the conflicts left (the result then keeps ours for them)
	 * @param notes     what was decided by rule, one line each
	 */
	public record Result(Map<String, byte[]> files, List<Conflict> conflicts, List<String> notes) {
	}

	private static final String MODEL = "model/";
	private static final String HEADS = MODEL + EvidenceLogHeads.FILE;

	private ProjectMerge() {
	}

	/**
	 * @param base        path → bytes of the common ancestor
	 * @param ours        path → our bytes
	 * @param theirs      path → their bytes
	 * @param resolutions element id (or path, or settings key) → side
	 * @return the merged tree
	 * @throws IOException when a model file cannot be read
	 */
	public static Result merge(Map<String, byte[]> base, Map<String, byte[]> ours, Map<String, byte[]> theirs,
			Map<String, Side> resolutions) throws IOException {
		Map<String, byte[]> result = new TreeMap<>();
		List<Conflict> conflicts = new ArrayList<>();
		List<String> notes = new ArrayList<>();
		Map<String, byte[]> modelBase = new TreeMap<>();
		Map<String, byte[]> modelOurs = new TreeMap<>();
		Map<String, byte[]> modelTheirs = new TreeMap<>();
		Map<String, String> forks = new LinkedHashMap<>();
		TreeSet<String> paths = new TreeSet<>();
		paths.addAll(base.keySet());
		paths.addAll(ours.keySet());
		paths.addAll(theirs.keySet());
		for (String path : paths) {
			byte[] b = base.get(path);
			byte[] o = ours.get(path);
			byte[] t = theirs.get(path);
			if (isModelFile(path)) {
				String name = path.substring(MODEL.length());
				put(modelBase, name, b);
				put(modelOurs, name, o);
				put(modelTheirs, name, t);
				continue;
			}
			if (path.equals(HEADS)) {
				continue; // after the logs
			}
			if (Arrays.equals(o, t) || Arrays.equals(b, t)) {
				put(result, path, o);
				continue;
			}
			if (Arrays.equals(b, o)) {
				put(result, path, t);
				continue;
			}
			// both sides changed the file differently
			if (path.startsWith(EvidenceLog.DIRECTORY + "/") && path.endsWith(".log") && o != null && t != null) {
				if (startsWith(o, t)) {
					result.put(path, o);
				} else if (startsWith(t, o)) {
					result.put(path, t);
				} else {
					result.put(path, o);
					String fork = path.substring(0, path.length() - ".log".length()) + "." + sha256(t).substring(0, 12) + ".log";
					result.put(fork, t);
					forks.put(path.substring(EvidenceLog.DIRECTORY.length() + 1), fork.substring(EvidenceLog.DIRECTORY.length() + 1));
					notes.add(path + ": both sides recorded evidence; theirs kept as " + fork);
				}
			} else if (path.startsWith(MODEL + "settings/") && path.endsWith(".properties")) {
				result.put(path, mergeProperties(path, b, o, t, resolutions, conflicts));
			} else if (path.startsWith(MODEL + "diagrams/")) {
				put(result, path, resolutions.get(path) == Side.THEIRS ? t : o);
				notes.add(path + ": the diagram was changed on both sides; "
						+ (resolutions.get(path) == Side.THEIRS ? "their" : "your") + " layout kept");
			} else {
				Side side = resolutions.get(path);
				put(result, path, side == Side.THEIRS ? t : o);
				if (side == null) {
					conflicts.add(fileConflict(path, o, t));
				}
			}
		}
		ModelMerge.Result model = ModelMerge.mergeProject(modelBase, modelOurs, modelTheirs, resolutions);
		model.files().forEach((name, bytes) -> result.put(MODEL + name, bytes));
		conflicts.addAll(model.conflicts());
		byte[] heads = mergeHeads(base.get(HEADS), ours.get(HEADS), theirs.get(HEADS), forks, result);
		put(result, HEADS, heads);
		return new Result(result, List.copyOf(conflicts), List.copyOf(notes));
	}

	/** @return whether the path is one of the model's XMI files ({@code model/NAME.xmi}) */
	static boolean isModelFile(String path) {
		return path.startsWith(MODEL) && path.endsWith(".xmi") && path.indexOf('/', MODEL.length()) < 0;
	}

	private static void put(Map<String, byte[]> map, String key, byte[] value) {
		if (value != null) {
			map.put(key, value);
		}
	}

	private static boolean startsWith(byte[] longer, byte[] prefix) {
		return longer.length >= prefix.length && Arrays.equals(longer, 0, prefix.length, prefix, 0, prefix.length);
	}

	static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	/**
	 * The heads of the merged logs: for each log, where its merged version ends; a second log made
	 * from their version gets their head.
	 */
	private static byte[] mergeHeads(byte[] base, byte[] ours, byte[] theirs, Map<String, String> forks, Map<String, byte[]> merged)
			throws IOException {
		if (ours == null && theirs == null) {
			return null;
		}
		SortedMap<String, EvidenceLogHeads.Head> b = parseHeads(base);
		SortedMap<String, EvidenceLogHeads.Head> o = parseHeads(ours);
		SortedMap<String, EvidenceLogHeads.Head> t = parseHeads(theirs);
		TreeMap<String, EvidenceLogHeads.Head> result = new TreeMap<>();
		TreeSet<String> names = new TreeSet<>(o.keySet());
		names.addAll(t.keySet());
		for (String name : names) {
			EvidenceLogHeads.Head oh = o.get(name);
			EvidenceLogHeads.Head th = t.get(name);
			EvidenceLogHeads.Head bh = b.get(name);
			if (forks.containsKey(name)) {
				result.put(name, oh);
				result.put(forks.get(name), th);
			} else if (oh == null || th != null && !th.equals(bh) && th.lines() > oh.lines()) {
				result.put(name, th);
			} else {
				result.put(name, oh);
			}
		}
		return EvidenceLogHeads.format(result).getBytes(StandardCharsets.UTF_8);
	}

	private static SortedMap<String, EvidenceLogHeads.Head> parseHeads(byte[] bytes) throws IOException {
		return bytes == null ? new TreeMap<>() : EvidenceLogHeads.parse(new String(bytes, StandardCharsets.UTF_8), HEADS);
	}

	/** @return the conflict of a file changed on one side and changed or deleted on the other */
	private static Conflict fileConflict(String path, byte[] ours, byte[] theirs) {
		return Conflict.of(path, path, l -> new Conflict.Wording(path, ModelMerge.word(l, "file"), //$NON-NLS-1$
				ModelMerge.word(l, ours == null ? "gone" : "changed"), ModelMerge.word(l, theirs == null ? "gone" : "changed"))); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** Per key; a key changed differently on both sides is a conflict named by the key. */
	private static byte[] mergeProperties(String path, byte[] base, byte[] ours, byte[] theirs, Map<String, Side> resolutions,
			List<Conflict> conflicts) throws IOException {
		if (ours == null || theirs == null) {
			Side side = resolutions.get(path);
			if (side == null) {
				conflicts.add(fileConflict(path, ours, theirs));
			}
			return side == Side.THEIRS ? theirs : ours;
		}
		Properties b = properties(base);
		Properties o = properties(ours);
		Properties t = properties(theirs);
		TreeMap<String, String> result = new TreeMap<>();
		TreeSet<String> keys = new TreeSet<>(o.stringPropertyNames());
		keys.addAll(t.stringPropertyNames());
		keys.addAll(b.stringPropertyNames());
		for (String key : keys) {
			String bv = b.getProperty(key);
			String ov = o.getProperty(key);
			String tv = t.getProperty(key);
			String value;
			if (java.util.Objects.equals(ov, tv) || java.util.Objects.equals(bv, tv)) {
				value = ov;
			} else if (java.util.Objects.equals(bv, ov)) {
				value = tv;
			} else {
				Side side = resolutions.get(key);
				value = side == Side.THEIRS ? tv : ov;
				if (side == null) {
					conflicts.add(Conflict.of(path, key, l -> new Conflict.Wording(path, key, ov == null ? ModelMerge.word(l, "removed") : ov, //$NON-NLS-1$
							tv == null ? ModelMerge.word(l, "removed") : tv))); //$NON-NLS-1$
				}
			}
			if (value != null) {
				result.put(key, value);
			}
		}
		// keep our file's layout (comments) when the keys agree with it; otherwise write key=value lines
		Properties check = new Properties();
		result.forEach(check::setProperty);
		if (check.equals(o)) {
			return ours;
		}
		StringBuilder text = new StringBuilder();
		for (Map.Entry<String, String> entry : result.entrySet()) {
			text.append(escape(entry.getKey(), true)).append('=').append(escape(entry.getValue(), false)).append('\n');
		}
		return text.toString().getBytes(StandardCharsets.ISO_8859_1);
	}

	private static Properties properties(byte[] bytes) throws IOException {
		Properties properties = new Properties();
		if (bytes != null) {
			properties.load(new StringReader(new String(bytes, StandardCharsets.ISO_8859_1)));
		}
		return properties;
	}

	private static String escape(String text, boolean key) {
		StringBuilder out = new StringBuilder();
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\\' || c == '=' || c == ':' || c == '#' || c == '!' || key && c == ' ' || i == 0 && c == ' ') {
				out.append('\\').append(c);
			} else if (c == '\n') {
				out.append("\\n");
			} else if (c == '\r') {
				out.append("\\r");
			} else if (c == '\t') {
				out.append("\\t");
			} else if (c < 0x20 || c > 0x7e) {
				out.append(String.format("\\u%04x", (int) c));
			} else {
				out.append(c);
			}
		}
		return out.toString();
	}
}
