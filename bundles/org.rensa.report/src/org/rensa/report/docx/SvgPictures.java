// SPDX-License-Identifier: AGPL-3.0-or-later
package org.rensa.report.docx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import javax.xml.namespace.QName;

import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFPicture;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.xmlbeans.XmlCursor;
import org.openxmlformats.schemas.drawingml.x2006.main.CTBlip;
import org.openxmlformats.schemas.drawingml.x2006.main.CTOfficeArtExtension;
import org.openxmlformats.schemas.drawingml.x2006.main.CTOfficeArtExtensionList;
import org.rensa.report.ChainFigure;

/**
 * Inserts a picture that Word and LibreOffice show as SVG, with a PNG for older readers: the PNG is
 * the picture's blip, the SVG is attached to it by Word's {@code asvg:svgBlip} extension (the way
 * Word itself stores SVG pictures). POI's XWPF has no API for it.
 */
final class SvgPictures {

	/** The extension URI Word uses for SVG blips. */
	static final String SVG_EXTENSION_URI = "{96DAC541-7B7A-43D3-8B79-37D633B846F1}";
	/** The namespace of {@code svgBlip}. */
	static final String SVG_NAMESPACE = "http://schemas.microsoft.com/office/drawing/2016/SVG/main";
	private static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

	private SvgPictures() {
	}

	/**
	 * @param docx      the document
	 * @param run       the run that holds the picture
	 * @param figure    the figure
	 * @param name      the picture's name (without extension)
	 * @param maxWidth  the width available, in points
	 * @param maxHeight the height available, in points
	 * @return the picture
	 * @throws IOException            when the pictures cannot be added
	 * @throws InvalidFormatException when POI refuses a picture
	 */
	static XWPFPicture add(XWPFDocument docx, XWPFRun run, ChainFigure figure, String name, double maxWidth, double maxHeight)
			throws IOException, InvalidFormatException {
		double scale = figure.fit(maxWidth, maxHeight);
		XWPFPicture picture;
		try (InputStream png = new ByteArrayInputStream(figure.png())) {
			picture = run.addPicture(png, PictureType.PNG, name + ".png", Units.toEMU(figure.width() * scale),
					Units.toEMU(figure.height() * scale));
		}
		String svgId = docx.addPictureData(figure.svg().getBytes(StandardCharsets.UTF_8), PictureType.SVG);
		CTBlip blip = picture.getCTPicture().getBlipFill().getBlip();
		CTOfficeArtExtensionList extensions = blip.isSetExtLst() ? blip.getExtLst() : blip.addNewExtLst();
		CTOfficeArtExtension extension = extensions.addNewExt();
		extension.setUri(SVG_EXTENSION_URI);
		try (XmlCursor cursor = extension.newCursor()) {
			// Declared on the extension itself, so that the document keeps Word's usual "asvg" prefix.
			cursor.toNextToken();
			cursor.insertNamespace("asvg", SVG_NAMESPACE);
		}
		try (XmlCursor cursor = extension.newCursor()) {
			cursor.toEndToken();
			cursor.beginElement(new QName(SVG_NAMESPACE, "svgBlip", "asvg"));
			cursor.insertAttributeWithValue(new QName(RELATIONSHIPS, "embed", "r"), svgId);
		}
		picture.getCTPicture().getNvPicPr().getCNvPr().setDescr(figure.description());
		return picture;
	}
}
