<?xml version="1.0"?>
<!-- A profile's sites (docs/profile.rng, version 2) as
     "frame|frame|...<TAB>v1 v2 ..." lines, from the summary or, with
     -stringparam region R, from region R.  Each frame of the stack
     (innermost first, looked up in /profile/frames) is written as DHAT
     writes it without its address: "fn (file:line)", "fn (in object)" or
     "fn"; a frame of the malloc replacement (whose debug info differs
     from DHAT's preload's) as "fn [preload]"; the values are those of the
     metrics named in $metrics
     (separated by spaces), 0 where a site leaves one out. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:output method="text"/>
  <xsl:param name="region" select="''"/>
  <xsl:param name="metrics" select="'TotalBytes'"/>
  <xsl:key name="frame" match="/profile/frames/frame" use="@id"/>

  <xsl:template match="/">
    <xsl:choose>
      <xsl:when test="$region = ''">
        <xsl:apply-templates select="/profile/summary/site"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:apply-templates select="/profile/region[@name = $region]/site"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="site">
    <xsl:call-template name="frames">
      <xsl:with-param name="ids" select="normalize-space(@stack)"/>
    </xsl:call-template>
    <xsl:text>&#9;</xsl:text>
    <xsl:call-template name="values">
      <xsl:with-param name="site" select="."/>
      <xsl:with-param name="names" select="normalize-space($metrics)"/>
    </xsl:call-template>
    <xsl:text>&#10;</xsl:text>
  </xsl:template>

  <!-- the frames of the ids in $ids, "|" between them -->
  <xsl:template name="frames">
    <xsl:param name="ids"/>
    <xsl:variable name="id" select="substring-before(concat($ids, ' '), ' ')"/>
    <xsl:variable name="rest" select="substring-after($ids, ' ')"/>
    <xsl:for-each select="key('frame', $id)">
      <xsl:value-of select="@name"/>
      <xsl:choose>
        <xsl:when test="contains(@object, 'vgpreload_')">
          <xsl:value-of select="' [preload]'"/>
        </xsl:when>
        <xsl:when test="@file != '???'">
          <xsl:value-of select="concat(' (', @file, ':', @line, ')')"/>
        </xsl:when>
        <xsl:when test="@object">
          <xsl:value-of select="concat(' (in ', @object, ')')"/>
        </xsl:when>
      </xsl:choose>
    </xsl:for-each>
    <xsl:if test="$rest != ''">
      <xsl:text>|</xsl:text>
      <xsl:call-template name="frames">
        <xsl:with-param name="ids" select="$rest"/>
      </xsl:call-template>
    </xsl:if>
  </xsl:template>

  <!-- the values of the metrics named in $names, " " between them -->
  <xsl:template name="values">
    <xsl:param name="site"/>
    <xsl:param name="names"/>
    <xsl:variable name="name" select="substring-before(concat($names, ' '), ' ')"/>
    <xsl:variable name="rest" select="substring-after($names, ' ')"/>
    <xsl:choose>
      <xsl:when test="$site/@*[name() = $name]">
        <xsl:value-of select="$site/@*[name() = $name]"/>
      </xsl:when>
      <xsl:otherwise>0</xsl:otherwise>
    </xsl:choose>
    <xsl:if test="$rest != ''">
      <xsl:text> </xsl:text>
      <xsl:call-template name="values">
        <xsl:with-param name="site" select="$site"/>
        <xsl:with-param name="names" select="$rest"/>
      </xsl:call-template>
    </xsl:if>
  </xsl:template>
</xsl:stylesheet>
