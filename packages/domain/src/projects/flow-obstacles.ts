import { OBSTACLE_DIMENSIONS, type ObstacleDimension } from "../intake/obstacles";

/** The obstacles at start the project splits its flows by: its own list, or all of them. */
export function flowObstaclesOf(project: {
  flowObstacles?: readonly ObstacleDimension[] | undefined;
}): readonly ObstacleDimension[] {
  return project.flowObstacles ?? OBSTACLE_DIMENSIONS;
}
