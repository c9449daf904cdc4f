import { describe, expect, it } from 'vitest';
import { boundingBox, haversineMetres } from './geo.ts';

describe('geo', () => {
  it('measures known great-circle distances', () => {
    // One degree of latitude on the mean-radius sphere is 111.195 km.
    expect(haversineMetres(54, -3, 55, -3)).toBeCloseTo(111_195, -1);
    // London (51.5074, -0.1278) to Leeds (53.8008, -1.5491): about 272 km.
    expect(haversineMetres(51.5074, -0.1278, 53.8008, -1.5491) / 1000).toBeCloseTo(272, 0);
    expect(haversineMetres(54.37, -2.91, 54.37, -2.91)).toBe(0);
  });

  it('gives a box that holds every point of the circle, and is not much larger', () => {
    const centre = { lat: 54.37, lon: -2.91 };
    const metres = 5000;
    const box = boundingBox(centre.lat, centre.lon, metres);
    for (let bearing = 0; bearing < 360; bearing += 5) {
      // A point just inside the circle in each direction (local flat approximation, 0.999 of the radius).
      const b = (bearing * Math.PI) / 180;
      const lat = centre.lat + (metres * 0.999 * Math.cos(b)) / 111_195;
      const lon = centre.lon + (metres * 0.999 * Math.sin(b)) / (111_195 * Math.cos((lat * Math.PI) / 180));
      expect(haversineMetres(centre.lat, centre.lon, lat, lon)).toBeLessThan(metres);
      expect(lat).toBeGreaterThanOrEqual(box.minLat);
      expect(lat).toBeLessThanOrEqual(box.maxLat);
      expect(lon).toBeGreaterThanOrEqual(box.minLon);
      expect(lon).toBeLessThanOrEqual(box.maxLon);
    }
    expect(haversineMetres(box.minLat, centre.lon, box.maxLat, centre.lon)).toBeCloseTo(2 * metres, -1);
    expect(haversineMetres(centre.lat, box.minLon, centre.lat, box.maxLon)).toBeLessThan(2 * metres * 1.01);
  });

  it('spans every longitude near a pole or across the antimeridian rather than miss a point', () => {
    expect(boundingBox(89.99, 10, 5000)).toMatchObject({ maxLat: 90, minLon: -180, maxLon: 180 });
    expect(boundingBox(0, 179.99, 5000)).toMatchObject({ minLon: -180, maxLon: 180 });
  });
});
