import { Entity, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { Bool, DateOnly, Int, Num, Text } from './columns.js';

/** A competing or nominating unit: provincial agency, district, commune, enterprise; a tree per province. */
@Entity('unit')
@Index(['provinceSlug', 'sortKey'])
export class Unit {
  @PrimaryGeneratedColumn() id: number;
  @Text({ length: 40 }) provinceSlug: string;
  @Int({ nullable: true }) parentId: number | null;
  @Text({ length: 300 }) name: string;
  /** Vietnamese collation key of the name (see domain vietnameseSortKey). */
  @Text({ length: 700 }) sortKey: string;
  /** Name without tones, for search. */
  @Text({ length: 300 }) searchText: string;
  @Text({ length: 30 }) tier: string;
  @Text({ length: 40, nullable: true }) code: string | null;
  /** Officials and employees, for awards per 1,000 officials. */
  @Int({ default: 0 }) staffCount: number;
  /** Administrative change: the unit stops on this date (merged, dissolved); history stays readable. */
  @DateOnly({ nullable: true }) validTo: string | null;
  @Int({ nullable: true }) successorId: number | null;
}

/** A person who can be nominated as an individual. */
@Entity('person')
@Index(['provinceSlug', 'sortKey'])
export class Person {
  @PrimaryGeneratedColumn() id: number;
  @Text({ length: 40 }) provinceSlug: string;
  @Int() unitId: number;
  @Text({ length: 200 }) fullName: string;
  @Text({ length: 500 }) sortKey: string;
  @Text({ length: 200 }) searchText: string;
  @Text({ length: 200 }) position: string;
  /** Holds a leadership post (some plans favour those who do not). */
  @Bool({ default: false }) isLeader: boolean;
}

/** A login. Every role but the national administrator is scoped to one province; a clerk also to one unit. */
@Entity('app_user')
export class User {
  @PrimaryGeneratedColumn() id: number;
  @Text({ length: 80, unique: true }) username: string;
  @Text({ length: 200 }) passwordHash: string;
  @Text({ length: 200 }) fullName: string;
  /** Vietnamese collation key of the full name, kept by UserSortKey on every write. */
  @Text({ length: 500, default: '' }) sortKey: string;
  @Text({ length: 30 }) role: string;
  @Text({ length: 40, nullable: true }) provinceSlug: string | null;
  @Int({ nullable: true }) unitId: number | null;
  @Bool({ default: true }) active: boolean;
}

/** A unit registers to compete in a year of the movement. */
@Entity('registration')
@Unique(['unitId', 'year'])
export class Registration {
  @PrimaryGeneratedColumn() id: number;
  @Text({ length: 40 }) provinceSlug: string;
  @Int() unitId: number;
  @Int() year: number;
  @DateOnly() registeredOn: string;
  @Text({ length: 1000, nullable: true }) note: string | null;
}

/** A unit's value of a catalogue indicator in a year (e.g. its DTI score). */
@Entity('indicator_reading')
@Unique(['unitId', 'indicatorId', 'year'])
@Index(['provinceSlug', 'indicatorId', 'year'])
export class IndicatorReading {
  @PrimaryGeneratedColumn() id: number;
  @Text({ length: 40 }) provinceSlug: string;
  @Int() unitId: number;
  @Text({ length: 80 }) indicatorId: string;
  @Int() year: number;
  @Num() value: number;
  @Text({ length: 300, nullable: true }) source: string | null;
}

/** A unit's yearly movement report, with its due date so timeliness can be measured. */
@Entity('movement_report')
@Unique(['unitId', 'year'])
export class Report {
  @PrimaryGeneratedColumn() id: number;
  @Text({ length: 40 }) provinceSlug: string;
  @Int() unitId: number;
  @Int() year: number;
  @DateOnly() dueOn: string;
  @DateOnly() submittedOn: string;
  @Text({ length: 10000 }) summary: string;
}
