// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.core.tests.demo;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import javax.imageio.ImageIO;

/**
 * Renders the small evidence files of the demo project: photos and screenshots drawn with Java2D
 * (filled shapes and a built-in pixel font only, so the bytes do not depend on installed fonts),
 * minimal hand-written PDF 1.4 documents and UTF-8 interview notes. Every call returns the same
 * bytes.
 */
final class DemoEvidenceFiles {

	/** A rendered file: original name, IANA media type and content. */
	record DemoFile(String name, String mediaType, byte[] content) {
	}

	private static final int WIDTH = 640;
	private static final int HEIGHT = 480;
	private static final Color INK = new Color(0x22, 0x22, 0x22);
	private static final Color WHITE = Color.WHITE;
	private static final Color RED = new Color(0xC6, 0x28, 0x28);
	private static final Color GREEN = new Color(0x2E, 0x7D, 0x32);
	private static final Color AMBER = new Color(0xF9, 0xA8, 0x25);
	private static final Color STEEL = new Color(0x78, 0x84, 0x8C);
	private static final Color WALL = new Color(0xD8, 0xD3, 0xC8);
	private static final Color FLOOR = new Color(0x9E, 0x95, 0x86);
	private static final Color SCREEN = new Color(0xEC, 0xEF, 0xF1);
	private static final Color TITLE_BAR = new Color(0x37, 0x47, 0x4F);

	private DemoEvidenceFiles() {
	}

	// ----------------------------------------------------------------------------------- photos

	/** @return photo of the label on the file-server rack in the server room */
	static DemoFile rackLabelPhoto() {
		return png("IMG_20261014_101502.png", g -> {
			room(g);
			g.setColor(new Color(0x26, 0x2B, 0x30));
			g.fillRect(170, 40, 300, 400);
			for (int u = 0; u < 8; u++) {
				g.setColor(u % 3 == 0 ? new Color(0x45, 0x4E, 0x56) : new Color(0x37, 0x3F, 0x46));
				g.fillRect(185, 60 + u * 44, 270, 36);
				g.setColor(u % 2 == 0 ? GREEN : AMBER);
				g.fillRect(430, 72 + u * 44, 8, 8);
			}
			g.setColor(WHITE);
			g.fillRect(185, 170, 270, 110);
			g.setColor(INK);
			g.drawRect(185, 170, 269, 109);
			PixelFont.draw(g, "RACK B-02", 197, 180, 3, INK);
			PixelFont.draw(g, "SRV-FS01 FILE SERVER", 197, 212, 2, INK);
			PixelFont.draw(g, "OWNER: IT SECTION", 197, 232, 2, INK);
			PixelFont.draw(g, "CONTACT: EXT 214", 197, 252, 2, INK);
			PixelFont.draw(g, "2026-10-14 10:15", 440, 455, 2, AMBER);
		});
	}

	/** @return photo of the production-office whiteboard with an administrator password on it */
	static DemoFile whiteboardPhoto() {
		return jpeg("IMG_20261014_113047.jpg", g -> whiteboard(g, true));
	}

	/** @return photo of the same whiteboard after the password was wiped (closure evidence) */
	static DemoFile whiteboardCleanedPhoto() {
		return jpeg("IMG_20261019_090210.jpg", g -> whiteboard(g, false));
	}

	/** @return photo of the locked cabinet holding the buyer's drawings */
	static DemoFile lockedCabinetPhoto() {
		return jpeg("IMG_20261014_140512.jpg", g -> {
			room(g);
			g.setColor(STEEL);
			g.fillRect(200, 50, 240, 390);
			for (int d = 0; d < 4; d++) {
				g.setColor(new Color(0x90, 0x9C, 0xA4));
				g.fillRect(215, 65 + d * 92, 210, 80);
				g.setColor(INK);
				g.fillRect(295, 90 + d * 92, 50, 8);
			}
			g.setColor(WHITE);
			g.fillRect(215, 72, 210, 30);
			PixelFont.draw(g, "DRAWINGS - MINATO", 219, 81, 2, INK);
			g.setColor(new Color(0xB0, 0x8D, 0x2F));
			g.fillRect(400, 200, 30, 34);
			g.setColor(INK);
			g.drawArc(405, 184, 20, 30, 0, 180);
			PixelFont.draw(g, "LOCKED - KEY: GENERAL AFFAIRS", 120, 452, 2, INK);
		});
	}

	/** @return photo of the server-room door, its badge reader and the box propping it open */
	static DemoFile badgeReaderPhoto() {
		return png("IMG_20261014_152233.png", g -> {
			room(g);
			g.setColor(new Color(0x8D, 0x6E, 0x63));
			g.fillRect(220, 60, 200, 380);
			g.setColor(new Color(0x3E, 0x27, 0x23));
			g.fillRect(228, 68, 12, 372);
			g.setColor(INK);
			g.fillRect(400, 240, 12, 40);
			g.setColor(new Color(0x42, 0x42, 0x42));
			g.fillRect(450, 200, 60, 90);
			g.setColor(GREEN);
			g.fillRect(472, 215, 16, 8);
			g.setColor(new Color(0x61, 0x61, 0x61));
			g.fillRect(462, 235, 36, 36);
			g.setColor(new Color(0xBC, 0x9A, 0x6C));
			g.fillRect(150, 370, 110, 70);
			PixelFont.draw(g, "PAPER A4", 168, 398, 2, INK);
			g.setColor(WHITE);
			g.fillRect(250, 100, 140, 60);
			PixelFont.draw(g, "SERVER ROOM", 258, 106, 2, RED);
			PixelFont.draw(g, "AUTHORIZED", 258, 124, 2, INK);
			PixelFont.draw(g, "STAFF ONLY", 258, 142, 2, INK);
		});
	}

	/** @return photo of the backup NAS standing next to the file server */
	static DemoFile backupNasPhoto() {
		return png("IMG_20261014_102210.png", g -> {
			room(g);
			g.setColor(new Color(0x26, 0x2B, 0x30));
			g.fillRect(120, 120, 180, 320);
			g.setColor(new Color(0x1C, 0x1C, 0x1C));
			g.fillRect(360, 260, 160, 180);
			for (int bay = 0; bay < 4; bay++) {
				g.setColor(new Color(0x4A, 0x4A, 0x4A));
				g.fillRect(372 + bay * 37, 280, 30, 120);
				g.setColor(GREEN);
				g.fillRect(382 + bay * 37, 410, 10, 6);
			}
			g.setColor(WHITE);
			g.fillRect(360, 200, 200, 44);
			PixelFont.draw(g, "BACKUP NAS-01", 368, 206, 2, INK);
			PixelFont.draw(g, "ALWAYS ON - SAME ROOM", 368, 224, 2, RED);
			PixelFont.draw(g, "SRV-FS01", 160, 140, 2, WHITE);
		});
	}

	// ------------------------------------------------------------------------------ screenshots

	/** @return screenshot of the update console showing pending updates on the office PCs */
	static DemoFile updateStatusScreenshot() {
		return png("update-status-20261014.png", g -> updateConsole(g, "2026-10-14 13:40", 7));
	}

	/** @return screenshot of the update console after the updates were applied (closure) */
	static DemoFile updateStatusAfterScreenshot() {
		return png("update-status-20261106.png", g -> updateConsole(g, "2026-11-06 17:05", 0));
	}

	/** @return screenshot of the VPN gateway's administration page showing its firmware */
	static DemoFile vpnAdminScreenshot() {
		return png("vpn-gateway-status.png", g -> {
			window(g, "VPN GATEWAY ADMIN - GW-01");
			PixelFont.draw(g, "SYSTEM STATUS", 40, 80, 3, INK);
			String[][] rows = {
					{"MODEL", "SSL-VPN 500"},
					{"FIRMWARE", "6.4.2 (2023-03-10)"},
					{"LATEST", "6.4.9 - CRITICAL FIX"},
					{"ADMIN LOGIN", "FROM ANY ADDRESS"},
					{"ACCOUNTS", "23 (5 SHARED)"},
					{"UPTIME", "412 DAYS"},
			};
			for (int i = 0; i < rows.length; i++) {
				int y = 130 + i * 40;
				g.setColor(i % 2 == 0 ? WHITE : SCREEN);
				g.fillRect(40, y - 8, 560, 36);
				PixelFont.draw(g, rows[i][0], 52, y, 2, INK);
				PixelFont.draw(g, rows[i][1], 280, y, 2, i == 2 || i == 3 ? RED : INK);
			}
			g.setColor(AMBER);
			g.fillRect(40, 390, 560, 40);
			PixelFont.draw(g, "! UPDATE AVAILABLE - NOT APPLIED", 60, 402, 2, INK);
		});
	}

	// -------------------------------------------------------------------------------- documents

	/** @return the supplier's information security policy as a one-page PDF */
	static DemoFile securityPolicyPdf() {
		return pdf("ISP-001_information-security-policy.pdf", "Information Security Policy", List.of(
				"Kisaragi Electronics Co., Ltd.",
				"Information Security Policy (ISP-001), version 1.0",
				"Approved by the President on 2019-04-01. Next review: not scheduled.",
				"",
				"1. We protect the information entrusted to us by our customers.",
				"2. Every employee follows the rules of this policy and related procedures.",
				"3. The General Affairs Manager is responsible for information security.",
				"4. Security incidents are reported to the General Affairs Manager.",
				"5. This policy is reviewed when necessary."));
	}

	/** @return the supplier's incident response procedure, first version (no buyer notification) */
	static DemoFile incidentProcedurePdf() {
		return pdf("PRC-014_incident-response_v1.pdf", "Incident Response Procedure v1", List.of(
				"Kisaragi Electronics Co., Ltd.",
				"Incident Response Procedure (PRC-014), version 1.0, 2021-06-01",
				"",
				"1. Any employee who notices a virus alert or lost device informs IT.",
				"2. IT isolates the affected PC from the network.",
				"3. IT reports to the General Affairs Manager within one business day.",
				"4. The General Affairs Manager decides on further steps.",
				"",
				"Customers: no notification step is defined."));
	}

	/** @return the revised incident response procedure with the 24-hour buyer notification */
	static DemoFile incidentProcedureRevisedPdf() {
		return pdf("PRC-014_incident-response_v2.pdf", "Incident Response Procedure v2", List.of(
				"Kisaragi Electronics Co., Ltd.",
				"Incident Response Procedure (PRC-014), version 2.0, 2026-11-10",
				"",
				"1. Any employee who notices a suspected incident calls the IT hotline (ext. 214).",
				"2. IT isolates affected devices and preserves logs.",
				"3. The incident lead informs affected customers within 24 hours of detection,",
				"   using the contact points listed in Annex A (Minato Drive Systems: Security Office).",
				"4. Subcontractors must report incidents to us within 12 hours.",
				"5. A written report follows within 10 business days.",
				"",
				"Approved by the President on 2026-11-10."));
	}

	/** @return the training attendance record for FY2026 */
	static DemoFile trainingRecordPdf() {
		return pdf("training-attendance-FY2026.pdf", "Security Training Attendance FY2026", List.of(
				"Kisaragi Electronics Co., Ltd. - Security awareness training FY2026",
				"",
				"Session            Date        Invited  Attended",
				"Basics (e-learning) 2026-05-20    86        84",
				"Phishing awareness  2026-07-08    86        79",
				"Handling drawings   2026-09-02    31        31",
				"",
				"Absentees are scheduled for the make-up session on 2026-11-18."));
	}

	/** @return the supplier's own list of subcontractors as shown to the auditors */
	static DemoFile subcontractorListPdf() {
		return pdf("subcontractor-list-2026-10.pdf", "Subcontractor List 2026-10", List.of(
				"Kisaragi Electronics Co., Ltd. - Subcontractors (as of 2026-10-01)",
				"",
				"Name                        Work                    Declared to customer",
				"Hayate PCB Assembly         PCB assembly            yes (2019)",
				"Hekinan IT Support          IT operations, remote   yes (2021)",
				"Aoba Software Lab           ECU firmware tools      no",
				"",
				"Contracts: basic subcontracting agreement (confidentiality only)."));
	}

	// ------------------------------------------------------------------------------------ notes

	/** @return interview note with the IT administrator (Japanese, UTF-8) */
	static DemoFile itInterviewNote() {
		return text("interview-it-administrator.txt", String.join("\n",
				"インタビュー記録 / Interview note",
				"日時: 2026-10-14 13:00-13:50  場所: 如月電子工業 本社2階 会議室",
				"対象: 竹田 由美 (IT担当)  聞き手: 森本 綾, Daniel Ishikawa",
				"",
				"- Windows更新は各自に任せている。自動更新は「業務に支障が出る」ため無効化した端末あり。",
				"- VPN装置のファームウェアは導入時 (2023年) から更新していない。ベンダー保守契約は失効。",
				"- 管理者パスワードは生産管理用PCと共通。変更履歴なし。",
				"- バックアップはNASに毎晩取得。NASはサーバと同じ部屋で常時接続、オフライン保管なし。",
				"- 退職者アカウントの削除は総務からの連絡待ちで、棚卸しは未実施。",
				""));
	}

	/** @return interview note with the design engineer on drawings and subcontracting */
	static DemoFile designInterviewNote() {
		return text("interview-design-engineer.txt", String.join("\n",
				"インタビュー記録 / Interview note",
				"日時: 2026-10-15 10:00-10:40  場所: 如月電子工業 設計室",
				"対象: 小野 遥 (設計担当)  聞き手: 森本 綾",
				"",
				"- みなと駆動システム様の図面は施錠キャビネットとファイルサーバの専用フォルダで管理。",
				"- ECUファームウェアの評価ツール開発を2023年から青葉ソフトウェア研究所に依頼している。",
				"  仕様書と回路図の一部を共有。発注元への再委託申請はしていないとのこと。",
				"- 青葉ソフトウェア研究所は社内検証用VPNアカウントを共用で利用している。",
				"- 疾風基板実装との契約は秘密保持のみで、セキュリティ要求の条項はない。",
				""));
	}

	/** @return the auditor's observation note on the backup arrangement */
	static DemoFile backupObservationNote() {
		return text("observation-backup.txt", String.join("\n",
				"Observation O-03 (2026-10-14 10:22, server room, Plant 2)",
				"The backup NAS (NAS-01) stands in the same rack row as the file server SRV-FS01",
				"and is permanently mounted as a network share. No offline or off-site copy exists.",
				"A ransomware infection of SRV-FS01 would reach the backups as well.",
				"観察: バックアップNASはファイルサーバと同室・常時接続。オフライン/遠隔地保管なし。",
				""));
	}

	// ---------------------------------------------------------------------------------- drawing

	private static void room(Graphics2D g) {
		g.setColor(WALL);
		g.fillRect(0, 0, WIDTH, HEIGHT);
		g.setColor(FLOOR);
		g.fillRect(0, 400, WIDTH, 80);
	}

	private static void whiteboard(Graphics2D g, boolean withPassword) {
		room(g);
		g.setColor(new Color(0xB0, 0xB0, 0xB0));
		g.fillRect(40, 40, 560, 340);
		g.setColor(WHITE);
		g.fillRect(52, 52, 536, 316);
		PixelFont.draw(g, "PRODUCTION PLAN WEEK 42", 72, 72, 3, new Color(0x15, 0x65, 0xC0));
		PixelFont.draw(g, "LINE 1: ECU-5   X 800", 72, 120, 2, INK);
		PixelFont.draw(g, "LINE 2: ECU-7   X 1200", 72, 145, 2, INK);
		PixelFont.draw(g, "LINE 3: MAINTENANCE (WED)", 72, 170, 2, INK);
		if (withPassword) {
			PixelFont.draw(g, "PMS ADMIN PW: Kisa#2019adm", 72, 250, 3, RED);
			g.setColor(RED);
			g.fillRect(72, 276, PixelFont.width("PMS ADMIN PW: Kisa#2019adm", 3), 3);
		}
		PixelFont.draw(g, "SHIFT LEAD: NAKAMURA", 72, 320, 2, INK);
		g.setColor(new Color(0x9E, 0x9E, 0x9E));
		g.fillRect(40, 380, 560, 10);
	}

	private static void updateConsole(Graphics2D g, String timestamp, int pending) {
		window(g, "UPDATE CONSOLE - KISARAGI OFFICE");
		PixelFont.draw(g, "CLIENT UPDATE STATUS " + timestamp, 40, 76, 2, INK);
		for (int i = 0; i < 12; i++) {
			int y = 104 + i * 26;
			boolean late = i < pending;
			g.setColor(i % 2 == 0 ? WHITE : SCREEN);
			g.fillRect(40, y - 6, 560, 24);
			PixelFont.draw(g, String.format(Locale.ROOT, "PC-%02d", i + 1), 52, y, 2, INK);
			PixelFont.draw(g, late ? "UPDATES PENDING" : "UP TO DATE", 200, y, 2, late ? RED : GREEN);
			PixelFont.draw(g, late ? (30 + i * 11) + " DAYS" : "0 DAYS", 470, y, 2, INK);
		}
		PixelFont.draw(g, pending + " OF 12 DEVICES NEED ATTENTION", 40, 426, 2, pending > 0 ? RED : GREEN);
	}

	private static void window(Graphics2D g, String title) {
		g.setColor(new Color(0x60, 0x7D, 0x8B));
		g.fillRect(0, 0, WIDTH, HEIGHT);
		g.setColor(SCREEN);
		g.fillRect(16, 16, WIDTH - 32, HEIGHT - 32);
		g.setColor(TITLE_BAR);
		g.fillRect(16, 16, WIDTH - 32, 32);
		PixelFont.draw(g, title, 28, 25, 2, WHITE);
		g.setColor(RED);
		g.fillRect(WIDTH - 42, 24, 16, 16);
	}

	// --------------------------------------------------------------------------------- encoders

	private static DemoFile png(String name, Consumer<Graphics2D> painter) {
		return new DemoFile(name, "image/png", image("png", painter));
	}

	private static DemoFile jpeg(String name, Consumer<Graphics2D> painter) {
		return new DemoFile(name, "image/jpeg", image("jpg", painter));
	}

	private static byte[] image(String format, Consumer<Graphics2D> painter) {
		BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
			g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
			painter.accept(g);
		} finally {
			g.dispose();
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			if (!ImageIO.write(image, format, out)) {
				throw new IllegalStateException("no ImageIO writer for " + format);
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toByteArray();
	}

	private static DemoFile text(String name, String content) {
		return new DemoFile(name, "text/plain", content.getBytes(UTF_8));
	}

	/**
	 * Writes a one-page A4 PDF 1.4 with the standard Helvetica font (not embedded), an
	 * information dictionary with a fixed date and a cross-reference table with exact offsets.
	 */
	static DemoFile pdf(String name, String title, List<String> lines) {
		StringBuilder content = new StringBuilder("BT\n/F1 16 Tf\n56 780 Td\n(")
				.append(escape(title)).append(") Tj\n/F1 10 Tf\n14 TL\n0 -10 Td\n");
		for (String line : lines) {
			content.append("T* (").append(escape(line)).append(") Tj\n");
		}
		content.append("ET\n");
		byte[] stream = content.toString().getBytes(ISO_8859_1);
		List<String> objects = new ArrayList<>();
		objects.add("<< /Type /Catalog /Pages 2 0 R >>");
		objects.add("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
		objects.add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
				+ "/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>");
		objects.add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>");
		objects.add("<< /Length " + stream.length + " >>\nstream\n" + new String(stream, ISO_8859_1)
				+ "endstream");
		objects.add("<< /Title (" + escape(title) + ") /Producer (Rensa demo) "
				+ "/CreationDate (D:20261014000000Z) >>");
		StringBuilder pdf = new StringBuilder("%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n");
		List<Integer> offsets = new ArrayList<>();
		for (int i = 0; i < objects.size(); i++) {
			offsets.add(pdf.length());
			pdf.append(i + 1).append(" 0 obj\n").append(objects.get(i)).append("\nendobj\n");
		}
		int xref = pdf.length();
		pdf.append("xref\n0 ").append(objects.size() + 1).append("\n0000000000 65535 f \n");
		for (int offset : offsets) {
			pdf.append(String.format(Locale.ROOT, "%010d 00000 n \n", offset));
		}
		pdf.append("trailer\n<< /Size ").append(objects.size() + 1)
				.append(" /Root 1 0 R /Info 6 0 R >>\nstartxref\n").append(xref).append("\n%%EOF\n");
		// ISO-8859-1: one byte per char, so the character offsets above are byte offsets.
		return new DemoFile(name, "application/pdf", pdf.toString().getBytes(ISO_8859_1));
	}

	private static String escape(String text) {
		return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)");
	}
}
