/**
 * A link that opens the office on a map, made only of an address the reader taps; the page
 * embeds no map, so no map provider learns about a visit. Coordinates, when staff have
 * verified them, give an exact pin; otherwise the map searches the address.
 */
export function mapLink(place: { coordinates?: { lat: number; lng: number } | undefined; address: string }): string {
  if (place.coordinates) {
    const { lat, lng } = place.coordinates;
    return `https://www.openstreetmap.org/?mlat=${lat}&mlon=${lng}#map=17/${lat}/${lng}`;
  }
  return `https://www.openstreetmap.org/search?query=${encodeURIComponent(place.address)}`;
}
