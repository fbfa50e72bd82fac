export { AGE_BANDS, type AgeBand, AgeBandSchema, ageBandOf } from "./age-band";
export {
  type IdentityFactError,
  targetAgeRange,
  validateAgeInTargetGroup,
  validateFactsAgainstIdentity,
} from "./identity-facts";
export { type IntakeFacts, IntakeFactsSchema } from "./intake-facts";
export {
  deriveObstacles,
  OBSTACLE_DIMENSIONS,
  type ObstacleDimension,
  type Obstacles,
  ObstaclesSchema,
  obstacleKey,
} from "./obstacles";
