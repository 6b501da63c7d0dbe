import QRCode from "qrcode";

/** The join link as an SVG QR code (error correction M: still reads from the back of a room or off a dim projector). */
export function joinQrSvg(joinUrl: string): Promise<string> {
  return QRCode.toString(joinUrl, { type: "svg", margin: 1, errorCorrectionLevel: "M" });
}
